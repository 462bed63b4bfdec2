package nl.naast.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Families whose team work has ended. */
@Repository
class ClosureRepository {

	private final JdbcClient jdbc;

	ClosureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean closed(UUID familyId) {
		return retentionUntil(familyId).isPresent();
	}

	Optional<LocalDate> retentionUntil(UUID familyId) {
		return TransactionMemo.remember(java.util.List.of("closure", familyId),
				() -> jdbc.sql("SELECT retention_until FROM family_closure WHERE family_id = ?")
					.param(familyId)
					.query(LocalDate.class)
					.optional());
	}

	/** Those of these families whose team work has ended. */
	Set<UUID> closedAmong(Collection<UUID> familyIds) {
		if (familyIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT family_id FROM family_closure WHERE family_id IN (:ids)")
			.param("ids", familyIds)
			.query(UUID.class)
			.list());
	}

	void close(UUID familyId, UUID by, Instant at, LocalDate retentionUntil) {
		TransactionMemo.forget();
		jdbc.sql("INSERT INTO family_closure (family_id, closed_at, closed_by, retention_until) VALUES (?, ?, ?, ?)")
			.params(familyId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, retentionUntil)
			.update();
	}

}
