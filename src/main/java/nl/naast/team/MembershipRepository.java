package nl.naast.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.Utc;
import nl.naast.shared.ConcurrentEditException;

@Repository
class MembershipRepository {

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Membership> ofFamily(UUID familyId) {
		return jdbc.sql("SELECT * FROM team_membership WHERE family_id = ? ORDER BY invited_at")
			.param(familyId)
			.query(MembershipRepository::map)
			.list();
	}

	Optional<Membership> find(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM team_membership WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(MembershipRepository::map)
			.optional();
	}

	Optional<Membership> byToken(String tokenHash) {
		return jdbc.sql("SELECT * FROM team_membership WHERE token_hash = ?")
			.param(tokenHash)
			.query(MembershipRepository::map)
			.optional();
	}

	boolean openFor(UUID familyId, UUID accountId) {
		return jdbc
			.sql("SELECT COUNT(*) FROM team_membership WHERE family_id = ? AND account_id = ? "
					+ "AND status IN ('INVITED', 'ACCEPTED', 'ACTIVE')")
			.params(familyId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Membership m, String tokenHash, UUID by, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO team_membership (id, family_id, account_id, role_for_family, task, not_task, status,
						  token_hash, expires_at, invited_by, invited_at, version, created_at, created_by, updated_at, updated_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
						""")
			.params(m.id(), m.familyId(), m.accountId(), m.roleForFamily(), m.task(), m.notTask(), m.status().name(),
					tokenHash, Utc.of(m.expiresAt()), by, Utc.of(now), Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	/**
	 * Moves a membership on, if it is still in the state the person saw.
	 * @throws ConcurrentEditException when someone else moved it first
	 */
	void move(Membership m, MembershipStatus to, UUID by, Instant now) {
		String timestamps = switch (to) {
			case ACCEPTED -> ", accepted_at = :now, token_hash = NULL";
			case DECLINED -> ", token_hash = NULL, ended_at = :now, ended_by = :by";
			case ACTIVE -> ", joined_at = :now";
			default -> ", ended_at = :now, ended_by = :by, token_hash = NULL";
		};
		int updated = jdbc
			.sql("UPDATE team_membership SET status = :to, version = version + 1, updated_at = :now, "
					+ "updated_by = :by" + timestamps + " WHERE id = :id AND version = :version")
			.param("to", to.name())
			.param("now", Utc.of(now))
			.param("by", by)
			.param("id", m.id())
			.param("version", m.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Membership " + m.id() + " changed meanwhile");
		}
	}

	private static Membership map(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getString("role_for_family"), rs.getString("task"),
				rs.getString("not_task"), MembershipStatus.valueOf(rs.getString("status")), instant(rs, "expires_at"),
				rs.getObject("invited_by", UUID.class), instant(rs, "invited_at"), instant(rs, "joined_at"),
				instant(rs, "ended_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
