package nl.naast.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.legal.ContactArrangement.SetBy;
import nl.naast.legal.ContactMoment.CancelledBy;
import nl.naast.legal.ContactMoment.Outcome;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Utc;

@Repository
class ContactRepository {

	private final JdbcClient jdbc;

	ContactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first: the latest start on top. */
	List<ContactArrangement> arrangements(UUID familyId) {
		return jdbc
			.sql("SELECT * FROM contact_arrangement WHERE family_id = ? ORDER BY since DESC, created_at DESC, id")
			.param(familyId)
			.query(ContactRepository::arrangement)
			.list();
	}

	Optional<ContactArrangement> arrangement(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM contact_arrangement WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(ContactRepository::arrangement)
			.optional();
	}

	private static ContactArrangement arrangement(ResultSet rs, int n) throws SQLException {
		return new ContactArrangement(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getString("frequency"), rs.getInt("minutes"), rs.getBoolean("supervised"), rs.getString("place"),
				SetBy.valueOf(rs.getString("set_by")), rs.getObject("since", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("note"), rs.getInt("version"),
				instant(rs, "updated_at"));
	}

	void insert(UUID familyId, ContactArrangement a, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO contact_arrangement (id, family_id, child_id, frequency, minutes, supervised, place,
				  set_by, since, ended_on, note, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(a.id(), familyId, a.childId(), a.frequency(), a.minutes(), a.supervised(), a.place(),
					a.setBy().name(), a.since(), a.endedOn(), a.note(), Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	/**
	 * Corrects or ends an arrangement, keeping what stood before.
	 * @throws ConcurrentEditException when someone changed it meanwhile
	 */
	void update(UUID familyId, ContactArrangement before, ContactArrangement a, int version, UUID byId, String byName,
			Instant now) {
		int updated = jdbc.sql("""
				UPDATE contact_arrangement SET child_id = ?, frequency = ?, minutes = ?, supervised = ?, place = ?,
				  set_by = ?, since = ?, ended_on = ?, note = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ?""")
			.params(a.childId(), a.frequency(), a.minutes(), a.supervised(), a.place(), a.setBy().name(), a.since(),
					a.endedOn(), a.note(), Utc.of(now), byId, familyId, a.id(), version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Contact arrangement " + a.id() + " changed meanwhile");
		}
		jdbc.sql("""
				INSERT INTO contact_arrangement_change (id, family_id, arrangement_id, frequency, minutes, supervised,
				  place, set_by, since, ended_on, note, changed_at, by_id, by_name)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(nl.naast.shared.Ids.next(), familyId, before.id(), before.frequency(), before.minutes(),
					before.supervised(), before.place(), before.setBy().name(), before.since(), before.endedOn(),
					before.note(), Utc.of(now), byId, byName)
			.update();
	}

	/** How each arrangement stood before each change, oldest first, by arrangement. */
	java.util.Map<UUID, List<ContactArrangementChange>> arrangementChanges(UUID familyId) {
		java.util.Map<UUID, List<ContactArrangementChange>> byArrangement = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM contact_arrangement_change WHERE family_id = ? ORDER BY changed_at, id")
			.param(familyId)
			.query((rs, n) -> byArrangement
				.computeIfAbsent(rs.getObject("arrangement_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new ContactArrangementChange(rs.getObject("arrangement_id", UUID.class), rs.getString("frequency"),
						rs.getInt("minutes"), rs.getBoolean("supervised"), rs.getString("place"),
						SetBy.valueOf(rs.getString("set_by")), rs.getObject("since", LocalDate.class),
						rs.getObject("ended_on", LocalDate.class), rs.getString("note"), instant(rs, "changed_at"),
						rs.getString("by_name"))))
			.list();
		return byArrangement;
	}

	/** Moments that start in a period (from and to included, in Amsterdam days). */
	List<ContactMoment> moments(UUID familyId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT * FROM contact_moment WHERE family_id = ? AND starts_at >= ? AND starts_at < ?
				ORDER BY starts_at DESC, id""")
			.params(familyId, Utc.of(from), Utc.of(to))
			.query(ContactRepository::moment)
			.list();
	}

	Optional<ContactMoment> moment(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM contact_moment WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(ContactRepository::moment)
			.optional();
	}

	void insert(UUID familyId, ContactMoment m, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO contact_moment (id, family_id, child_id, starts_at, minutes, place, supervised, outcome,
				  cancelled_by, reason, actual_minutes, note, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(m.id(), familyId, m.childId(), Utc.of(m.startsAt()), m.minutes(), m.place(), m.supervised(),
					m.outcome().name(), m.cancelledBy() == null ? null : m.cancelledBy().name(), m.reason(),
					m.actualMinutes(), m.note(), Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	void record(UUID familyId, ContactMoment m, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE contact_moment SET outcome = ?, cancelled_by = ?, reason = ?, actual_minutes = ?, note = ?,
				  version = version + 1, updated_at = ?, updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ? AND removed_at IS NULL""")
			.params(m.outcome().name(), m.cancelledBy() == null ? null : m.cancelledBy().name(), m.reason(),
					m.actualMinutes(), m.note(), Utc.of(now), by, familyId, m.id(), version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Contact moment " + m.id() + " changed meanwhile");
		}
	}

	/** Plans a moment at another time; only while it is still planned. */
	void move(UUID familyId, UUID id, Instant startsAt, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE contact_moment SET starts_at = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ? AND removed_at IS NULL AND outcome = 'PLANNED'""")
			.params(Utc.of(startsAt), Utc.of(now), by, familyId, id, version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Contact moment " + id + " changed meanwhile");
		}
	}

	/** Marks a moment removed as entered by mistake; only while it is still planned. */
	void remove(UUID familyId, UUID id, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE contact_moment SET removed_at = ?, removed_by = ?, version = version + 1, updated_at = ?,
				  updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ? AND removed_at IS NULL AND outcome = 'PLANNED'""")
			.params(Utc.of(now), by, Utc.of(now), by, familyId, id, version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Contact moment " + id + " changed meanwhile");
		}
	}

	void remember(UUID familyId, ContactMoment m, UUID byId, String byName, Instant now) {
		remember(familyId, m.id(), ContactChange.Kind.OUTCOME, m, m.reason(), null, null, byId, byName, now);
	}

	/**
	 * Keeps a change: how it went, a move (from and to), or a removal (with the reason).
	 */
	void remember(UUID familyId, UUID momentId, ContactChange.Kind kind, ContactMoment m, String reason,
			Instant movedFrom, Instant movedTo, UUID byId, String byName, Instant now) {
		jdbc.sql("""
				INSERT INTO contact_moment_change (id, family_id, moment_id, change_kind, outcome, cancelled_by,
				  actual_minutes, reason, moved_from, moved_to, changed_at, by_id, by_name)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(nl.naast.shared.Ids.next(), familyId, momentId, kind.name(), m.outcome().name(),
					m.cancelledBy() == null ? null : m.cancelledBy().name(), m.actualMinutes(), reason,
					movedFrom == null ? null : Utc.of(movedFrom), movedTo == null ? null : Utc.of(movedTo), Utc.of(now),
					byId, byName)
			.update();
	}

	/** What was said about these moments, oldest first, by moment. */
	java.util.Map<UUID, List<ContactChange>> changes(UUID familyId, List<UUID> momentIds) {
		java.util.Map<UUID, List<ContactChange>> byMoment = new java.util.HashMap<>();
		if (momentIds.isEmpty()) {
			return byMoment;
		}
		jdbc.sql("""
				SELECT * FROM contact_moment_change WHERE family_id = :family AND moment_id IN (:ids)
				ORDER BY changed_at, id""").param("family", familyId).param("ids", momentIds).query((rs, n) -> {
			String by = rs.getString("cancelled_by");
			return byMoment.computeIfAbsent(rs.getObject("moment_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new ContactChange(rs.getObject("moment_id", UUID.class),
						ContactChange.Kind.valueOf(rs.getString("change_kind")),
						Outcome.valueOf(rs.getString("outcome")), by == null ? null : CancelledBy.valueOf(by),
						rs.getObject("actual_minutes", Integer.class), rs.getString("reason"),
						nullable(rs, "moved_from"), nullable(rs, "moved_to"), instant(rs, "changed_at"),
						rs.getString("by_name")));
		}).list();
		return byMoment;
	}

	private static ContactMoment moment(ResultSet rs, int n) throws SQLException {
		String by = rs.getString("cancelled_by");
		Integer actual = rs.getObject("actual_minutes", Integer.class);
		return new ContactMoment(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				instant(rs, "starts_at"), rs.getInt("minutes"), rs.getString("place"), rs.getBoolean("supervised"),
				Outcome.valueOf(rs.getString("outcome")), by == null ? null : CancelledBy.valueOf(by),
				rs.getString("reason"), actual, rs.getString("note"), nullable(rs, "removed_at"), rs.getInt("version"),
				instant(rs, "updated_at"));
	}

	private static Instant nullable(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
