package nl.naast.access;

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

import nl.naast.shared.Ids;

@Repository
class RelationshipRepository {

	private final JdbcClient jdbc;

	RelationshipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Relationship> find(UUID familyId, UUID accountId) {
		return jdbc.sql("SELECT * FROM family_relationship WHERE family_id = ? AND account_id = ?")
			.params(familyId, accountId)
			.query(RelationshipRepository::map)
			.optional();
	}

	List<Relationship> ofFamily(UUID familyId) {
		return jdbc.sql("SELECT * FROM family_relationship WHERE family_id = ? ORDER BY kind, created_at")
			.param(familyId)
			.query(RelationshipRepository::map)
			.list();
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

	List<UUID> familiesOf(UUID accountId) {
		return jdbc.sql("SELECT family_id FROM family_relationship WHERE account_id = ?")
			.param(accountId)
			.query(UUID.class)
			.list();
	}

	void insert(Relationship relationship, UUID createdBy, Instant now) {
		jdbc.sql("""
				INSERT INTO family_relationship (id, family_id, account_id, kind, member_id, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Ids.next(), relationship.familyId(), relationship.accountId(), relationship.kind().name(),
					relationship.memberId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), createdBy)
			.update();
	}

	int delete(UUID familyId, UUID accountId, RelationshipKind kind) {
		return jdbc.sql("DELETE FROM family_relationship WHERE family_id = ? AND account_id = ? AND kind = ?")
			.params(familyId, accountId, kind.name())
			.update();
	}

	static Relationship map(ResultSet rs, int row) throws SQLException {
		return new Relationship(rs.getObject("family_id", UUID.class), rs.getObject("account_id", UUID.class),
				RelationshipKind.valueOf(rs.getString("kind")), rs.getObject("member_id", UUID.class));
	}

}
