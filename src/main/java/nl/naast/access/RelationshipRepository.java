package nl.naast.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.Ids;

@Repository
class RelationshipRepository {

	private final JdbcClient jdbc;

	RelationshipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A family has a few relationships, and a page that checks this person's often shows
	 * the others too: one read of all of them answers both.
	 */
	Optional<Relationship> find(UUID familyId, UUID accountId) {
		return ofFamily(familyId).stream().filter(r -> r.accountId().equals(accountId)).findFirst();
	}

	List<Relationship> ofFamily(UUID familyId) {
		return TransactionMemo.remember(List.of("relationships", familyId),
				() -> List
					.copyOf(jdbc.sql("SELECT * FROM family_relationship WHERE family_id = ? ORDER BY kind, created_at")
						.param(familyId)
						.query(RelationshipRepository::map)
						.list()));
	}

	List<Relationship> ofFamilies(List<UUID> familyIds, RelationshipKind kind) {
		if (familyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM family_relationship WHERE family_id IN (:ids) AND kind = :kind")
			.param("ids", familyIds)
			.param("kind", kind.name())
			.query(RelationshipRepository::map)
			.list();
	}

	/** Per coordinator, how many of their families are still open (not closed). */
	Map<UUID, Long> openFamiliesPerCoordinator() {
		Map<UUID, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.account_id, COUNT(DISTINCT r.family_id) AS families FROM family_relationship r
				WHERE r.kind = 'COORDINATOR'
				  AND NOT EXISTS (SELECT 1 FROM family_closure c WHERE c.family_id = r.family_id)
				GROUP BY r.account_id
				""").query(rs -> {
			counts.put(rs.getObject("account_id", UUID.class), rs.getLong("families"));
		});
		return counts;
	}

	/** How many families are known, and how many of them are closed. */
	long[] openAndClosedFamilies() {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT r.family_id) AS families, COUNT(DISTINCT c.family_id) AS closed
				FROM family_relationship r LEFT JOIN family_closure c ON c.family_id = r.family_id
				""")
			.query((rs, n) -> new long[] { rs.getLong("families") - rs.getLong("closed"), rs.getLong("closed") })
			.single();
	}

	List<Relationship> ofAccount(UUID accountId) {
		return jdbc.sql("SELECT * FROM family_relationship WHERE account_id = ?")
			.param(accountId)
			.query(RelationshipRepository::map)
			.list();
	}

	List<UUID> familiesOf(UUID accountId) {
		return jdbc.sql("SELECT family_id FROM family_relationship WHERE account_id = ?")
			.param(accountId)
			.query(UUID.class)
			.list();
	}

	void insert(Relationship relationship, UUID createdBy, Instant now) {
		TransactionMemo.forget();
		jdbc.sql("""
				INSERT INTO family_relationship (id, family_id, account_id, kind, member_id, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Ids.next(), relationship.familyId(), relationship.accountId(), relationship.kind().name(),
					relationship.memberId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), createdBy)
			.update();
	}

	int delete(UUID familyId, UUID accountId, RelationshipKind kind) {
		TransactionMemo.forget();
		return jdbc.sql("DELETE FROM family_relationship WHERE family_id = ? AND account_id = ? AND kind = ?")
			.params(familyId, accountId, kind.name())
			.update();
	}

	static Relationship map(ResultSet rs, int row) throws SQLException {
		return new Relationship(rs.getObject("family_id", UUID.class), rs.getObject("account_id", UUID.class),
				RelationshipKind.valueOf(rs.getString("kind")), rs.getObject("member_id", UUID.class));
	}

}
