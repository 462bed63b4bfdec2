package nl.naast.access;

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

/** Uses of the emergency procedure; rows are never deleted. */
@Repository
class EmergencyRepository {

	private final JdbcClient jdbc;

	EmergencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EmergencySession s) {
		TransactionMemo.forget();
		jdbc.sql("""
				INSERT INTO emergency_access (id, family_id, account_id, account_name, reason, opened_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(s.id(), s.familyId(), s.accountId(), s.accountName(), s.reason(), Utc.of(s.openedAt()),
					Utc.of(s.expiresAt()))
			.update();
	}

	/** The manager's emergency access to this family that is open at this moment. */
	Optional<EmergencySession> active(UUID familyId, UUID accountId, Instant now) {
		return TransactionMemo.remember(List.of("emergency", familyId, accountId), () -> jdbc.sql("""
				SELECT * FROM emergency_access
				WHERE family_id = ? AND account_id = ? AND ended_at IS NULL AND expires_at > ?
				ORDER BY opened_at DESC LIMIT 1
				""").params(familyId, accountId, Utc.of(now)).query(EmergencyRepository::map).optional());
	}

	Optional<EmergencySession> find(UUID id) {
		return jdbc.sql("SELECT * FROM emergency_access WHERE id = ?")
			.param(id)
			.query(EmergencyRepository::map)
			.optional();
	}

	List<EmergencySession> ofFamilySince(UUID familyId, Instant since) {
		return jdbc.sql("SELECT * FROM emergency_access WHERE family_id = ? AND opened_at >= ? ORDER BY opened_at DESC")
			.params(familyId, Utc.of(since))
			.query(EmergencyRepository::map)
			.list();
	}

	/** Expired, without a recorded stop yet. */
	List<EmergencySession> expiredWithoutStop(Instant now) {
		return jdbc.sql("SELECT * FROM emergency_access WHERE ended_at IS NULL AND expires_at <= ? ORDER BY opened_at")
			.param(Utc.of(now))
			.query(EmergencyRepository::map)
			.list();
	}

	/**
	 * @return false when the stop was recorded already (by another request or node)
	 */
	boolean markEnded(UUID id, Instant at) {
		TransactionMemo.forget();
		return jdbc
			.sql("UPDATE emergency_access SET ended_at = ?, version = version + 1 WHERE id = ? AND ended_at IS NULL")
			.params(Utc.of(at), id)
			.update() == 1;
	}

	List<EmergencySession> unreviewed() {
		return jdbc.sql("SELECT * FROM emergency_access WHERE reviewed_at IS NULL ORDER BY opened_at")
			.query(EmergencyRepository::map)
			.list();
	}

	List<EmergencySession> reviewed(int limit) {
		return jdbc
			.sql("SELECT * FROM emergency_access WHERE reviewed_at IS NOT NULL ORDER BY reviewed_at DESC LIMIT ?")
			.param(limit)
			.query(EmergencyRepository::map)
			.list();
	}

	/**
	 * @return false when someone changed or reviewed it in the meantime
	 */
	boolean review(UUID id, int version, EmergencySession.ReviewOutcome outcome, String note, UUID by, String byName,
			Instant at) {
		return jdbc.sql("""
				UPDATE emergency_access SET review_outcome = ?, review_note = ?, reviewed_by = ?, reviewed_by_name = ?,
				  reviewed_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND reviewed_at IS NULL AND account_id <> ?
				""").params(outcome.name(), note, by, byName, Utc.of(at), id, version, by).update() == 1;
	}

	private static EmergencySession map(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("review_outcome");
		return new EmergencySession(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getString("account_name"), rs.getString("reason"),
				instant(rs, "opened_at"), instant(rs, "expires_at"), instant(rs, "ended_at"),
				outcome == null ? null : EmergencySession.ReviewOutcome.valueOf(outcome), rs.getString("review_note"),
				rs.getObject("reviewed_by", UUID.class), rs.getString("reviewed_by_name"), instant(rs, "reviewed_at"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
