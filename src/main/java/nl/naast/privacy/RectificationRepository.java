package nl.naast.privacy;

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

import nl.naast.shared.ConcurrentEditException;

@Repository
class RectificationRepository {

	private final JdbcClient jdbc;

	RectificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first; a family has a handful, so all of them. */
	/** The requests one person asked, newest first. */
	List<Rectification> askedBy(UUID familyId, UUID accountId) {
		return jdbc.sql(
				"SELECT * FROM privacy_rectification WHERE family_id = ? AND asked_by = ? ORDER BY created_at DESC, id")
			.params(familyId, accountId)
			.query(RectificationRepository::map)
			.list();
	}

	List<Rectification> ofFamily(UUID familyId) {
		return jdbc.sql("SELECT * FROM privacy_rectification WHERE family_id = ? ORDER BY created_at DESC, id")
			.param(familyId)
			.query(RectificationRepository::map)
			.list();
	}

	Optional<Rectification> find(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM privacy_rectification WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(RectificationRepository::map)
			.optional();
	}

	void insert(Rectification r, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO privacy_rectification (id, family_id, about, what_is_wrong, should_be, status, asked_by,
				  asked_by_name, version, created_at, created_by, updated_at, updated_by)
				VALUES (:id, :family, :about, :wrong, :should, :status, :by, :byName, 0, :now, :by, :now, :by)
				""")
			.param("id", r.id())
			.param("family", r.familyId())
			.param("about", r.about())
			.param("wrong", r.whatIsWrong())
			.param("should", r.shouldBe())
			.param("status", r.status().name())
			.param("by", by)
			.param("byName", r.askedByName())
			.param("now", utc(now))
			.update();
	}

	/**
	 * Sets the status if nobody changed the request since {@code version} was read, and
	 * keeps the change.
	 * @throws ConcurrentEditException when someone else was first
	 */
	void answer(UUID familyId, UUID id, int version, RectificationStatus status, String answer, UUID by, String byName,
			UUID changeId, Instant now) {
		int updated = jdbc.sql("""
				UPDATE privacy_rectification SET status = :status, answer = :answer, answered_by_name = :byName,
				  answered_at = :now, version = version + 1, updated_at = :now, updated_by = :by
				WHERE family_id = :family AND id = :id AND version = :version
				""")
			.param("status", status.name())
			.param("answer", answer)
			.param("byName", byName)
			.param("now", utc(now))
			.param("by", by)
			.param("family", familyId)
			.param("id", id)
			.param("version", version)
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Rectification request " + id + " changed meanwhile");
		}
		jdbc.sql("""
				INSERT INTO privacy_rectification_change (id, request_id, family_id, status, answer, by_id, by_name, at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(changeId, id, familyId, status.name(), answer, by, byName, utc(now)).update();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static Rectification map(ResultSet rs, int n) throws SQLException {
		return new Rectification(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getString("about"), rs.getString("what_is_wrong"), rs.getString("should_be"),
				RectificationStatus.valueOf(rs.getString("status")), rs.getString("answer"),
				rs.getString("asked_by_name"), instant(rs, "created_at"), rs.getString("answered_by_name"),
				instant(rs, "answered_at"), rs.getInt("version"));
	}

}
