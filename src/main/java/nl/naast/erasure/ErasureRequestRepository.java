package nl.naast.erasure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ErasureRequestRepository {

	private static final String SELECT = "SELECT * FROM erasure_request";

	private final JdbcClient jdbc;

	ErasureRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID familyId, UUID requestedBy, Instant at) {
		jdbc.sql("""
				INSERT INTO erasure_request (id, family_id, requested_by, requested_at, status, version)
				VALUES (?, ?, ?, ?, 'REQUESTED', 0)""").params(id, familyId, requestedBy, utc(at)).update();
	}

	Optional<ErasureRequest> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ErasureRequestRepository::map).optional();
	}

	List<ErasureRequest> ofFamily(UUID familyId) {
		return jdbc.sql(SELECT + " WHERE family_id = ? ORDER BY requested_at DESC")
			.param(familyId)
			.query(ErasureRequestRepository::map)
			.list();
	}

	List<ErasureRequest> withStatus(ErasureStatus status) {
		return jdbc.sql(SELECT + " WHERE status = ? ORDER BY requested_at")
			.param(status.name())
			.query(ErasureRequestRepository::map)
			.list();
	}

	List<ErasureRequest> recentlyDecided(int limit) {
		return jdbc.sql(SELECT + " WHERE status <> 'REQUESTED' ORDER BY decided_at DESC LIMIT ?")
			.param(limit)
			.query(ErasureRequestRepository::map)
			.list();
	}

	/** False when someone else decided first (the version moved on). */
	boolean decide(UUID id, int version, ErasureStatus status, UUID by, Instant at, String reason) {
		return jdbc.sql("""
				UPDATE erasure_request SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,
				  version = version + 1
				WHERE id = ? AND version = ? AND status = 'REQUESTED'""")
			.params(status.name(), by, utc(at), reason, id, version)
			.update() == 1;
	}

	List<UUID> approvedFamilies() {
		return jdbc.sql("SELECT DISTINCT family_id FROM erasure_request WHERE status = 'APPROVED'")
			.query(UUID.class)
			.list();
	}

	int deleteFamily(UUID familyId) {
		return jdbc.sql("DELETE FROM erasure_request WHERE family_id = ?").param(familyId).update();
	}

	private static ErasureRequest map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new ErasureRequest(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getObject("requested_by", UUID.class),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
				ErasureStatus.valueOf(rs.getString("status")), rs.getObject("decided_by", UUID.class),
				decided == null ? null : decided.toInstant(), rs.getString("decision_reason"), rs.getInt("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
