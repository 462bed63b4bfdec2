package nl.naast.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Utc;

@Repository
class LegalRepository {

	private final JdbcClient jdbc;

	LegalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// measures

	List<Measure> measures(UUID familyId) {
		return jdbc.sql("""
				SELECT m.*, d.file_name, d.content_type, d.size_bytes FROM legal_measure m
				LEFT JOIN legal_document d ON d.measure_id = m.id
				WHERE m.family_id = ? ORDER BY m.starts_on DESC, m.id""")
			.param(familyId)
			.query(LegalRepository::measure)
			.list();
	}

	/** Measures of several families at once, by family. */
	java.util.Map<UUID, List<Measure>> measuresOf(List<UUID> familyIds) {
		java.util.Map<UUID, List<Measure>> byFamily = new java.util.HashMap<>();
		if (familyIds.isEmpty()) {
			return byFamily;
		}
		jdbc.sql("""
				SELECT m.*, d.file_name, d.content_type, d.size_bytes FROM legal_measure m
				LEFT JOIN legal_document d ON d.measure_id = m.id
				WHERE m.family_id IN (:ids)""")
			.param("ids", familyIds)
			.query((rs, n) -> byFamily
				.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(measure(rs, n)))
			.list();
		return byFamily;
	}

	/** Events of several families at once, by family. */
	java.util.Map<UUID, List<LegalEvent>> eventsOf(List<UUID> familyIds) {
		java.util.Map<UUID, List<LegalEvent>> byFamily = new java.util.HashMap<>();
		if (familyIds.isEmpty()) {
			return byFamily;
		}
		jdbc.sql("SELECT * FROM legal_event WHERE family_id IN (:ids)")
			.param("ids", familyIds)
			.query((rs, n) -> byFamily
				.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(event(rs, n)))
			.list();
		return byFamily;
	}

	Optional<Measure> measure(UUID familyId, UUID id) {
		return jdbc.sql("""
				SELECT m.*, d.file_name, d.content_type, d.size_bytes FROM legal_measure m
				LEFT JOIN legal_document d ON d.measure_id = m.id
				WHERE m.family_id = ? AND m.id = ?""").params(familyId, id).query(LegalRepository::measure).optional();
	}

	void insert(UUID familyId, Measure m, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO legal_measure (id, family_id, child_id, kind, starts_on, ends_on, executed_on, court,
				  reference, note, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(m.id(), familyId, m.childId(), m.kind().name(), m.startsOn(), m.endsOn(), m.executedOn(), m.court(),
					m.reference(), m.note(), Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	void update(UUID familyId, Measure m, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE legal_measure SET child_id = ?, kind = ?, starts_on = ?, ends_on = ?, executed_on = ?,
				  court = ?, reference = ?, note = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ?""")
			.params(m.childId(), m.kind().name(), m.startsOn(), m.endsOn(), m.executedOn(), m.court(), m.reference(),
					m.note(), Utc.of(now), by, familyId, m.id(), version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Measure " + m.id() + " changed meanwhile");
		}
	}

	boolean delete(UUID familyId, UUID id) {
		jdbc.sql("DELETE FROM legal_document WHERE family_id = ? AND measure_id = ?").params(familyId, id).update();
		return jdbc.sql("DELETE FROM legal_measure WHERE family_id = ? AND id = ?").params(familyId, id).update() == 1;
	}

	void saveDocument(UUID familyId, UUID measureId, String name, String type, byte[] content, String sha256, UUID by,
			Instant now) {
		jdbc.sql("DELETE FROM legal_document WHERE family_id = ? AND measure_id = ?")
			.params(familyId, measureId)
			.update();
		jdbc.sql("""
				INSERT INTO legal_document (measure_id, family_id, file_name, content_type, size_bytes, sha256,
				  content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(measureId, familyId, name, type, content.length, sha256, content, Utc.of(now), by)
			.update();
	}

	record StoredDocument(String fileName, String contentType, byte[] content) {
	}

	Optional<StoredDocument> document(UUID familyId, UUID measureId) {
		return jdbc
			.sql("SELECT file_name, content_type, content FROM legal_document WHERE family_id = ? AND measure_id = ?")
			.params(familyId, measureId)
			.query((rs, n) -> new StoredDocument(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	private static Measure measure(ResultSet rs, int n) throws SQLException {
		String file = rs.getString("file_name");
		return new Measure(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				MeasureKind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getObject("executed_on", LocalDate.class),
				rs.getString("court"), rs.getString("reference"), rs.getString("note"),
				file == null ? null : new Measure.Document(file, rs.getString("content_type"), rs.getInt("size_bytes")),
				rs.getInt("version"), instant(rs, "updated_at"));
	}

	// events

	List<LegalEvent> events(UUID familyId) {
		return jdbc.sql("SELECT * FROM legal_event WHERE family_id = ? ORDER BY due_on, at_time, id")
			.param(familyId)
			.query(LegalRepository::event)
			.list();
	}

	Optional<LegalEvent> event(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM legal_event WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(LegalRepository::event)
			.optional();
	}

	void insert(UUID familyId, LegalEvent e, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO legal_event (id, family_id, child_id, kind, base_on, due_on, at_time, place, lawyer,
				  who_acts, what_needed, done_on, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(e.id(), familyId, e.childId(), e.kind().name(), e.baseOn(), e.dueOn(), e.atTime(), e.place(),
					e.lawyer(), e.whoActs(), e.whatNeeded(), e.doneOn(), Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	void update(UUID familyId, LegalEvent e, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE legal_event SET child_id = ?, kind = ?, base_on = ?, due_on = ?, at_time = ?, place = ?,
				  lawyer = ?, who_acts = ?, what_needed = ?, done_on = ?, version = version + 1, updated_at = ?,
				  updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ?""")
			.params(e.childId(), e.kind().name(), e.baseOn(), e.dueOn(), e.atTime(), e.place(), e.lawyer(), e.whoActs(),
					e.whatNeeded(), e.doneOn(), Utc.of(now), by, familyId, e.id(), version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Event " + e.id() + " changed meanwhile");
		}
	}

	boolean deleteEvent(UUID familyId, UUID id) {
		return jdbc.sql("DELETE FROM legal_event WHERE family_id = ? AND id = ?").params(familyId, id).update() == 1;
	}

	private static LegalEvent event(ResultSet rs, int n) throws SQLException {
		return new LegalEvent(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				EventKind.valueOf(rs.getString("kind")), rs.getObject("base_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getObject("at_time", LocalTime.class),
				rs.getString("place"), rs.getString("lawyer"), rs.getString("who_acts"), rs.getString("what_needed"),
				rs.getObject("done_on", LocalDate.class), rs.getInt("version"), instant(rs, "updated_at"));
	}

	// reminders

	/** Open events due between two days, of all families, for the job. */
	record DueItem(UUID familyId, UUID itemId, UUID childId, String kind, LocalDate dueOn) {
	}

	List<DueItem> eventsDueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT family_id, id, child_id, kind, due_on FROM legal_event
				WHERE done_on IS NULL AND due_on BETWEEN :from AND :to
				ORDER BY due_on""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new DueItem(rs.getObject("family_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getObject("child_id", UUID.class), rs.getString("kind"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/**
	 * Families with a measure that ends between two days, or an authorisation for
	 * placement not carried out that started since a day (it may lapse soon), for the
	 * job.
	 */
	List<UUID> familiesWithMeasuresDue(LocalDate from, LocalDate to, LocalDate placedSince) {
		return jdbc.sql("""
				SELECT DISTINCT family_id FROM legal_measure
				WHERE ends_on BETWEEN :from AND :to
				   OR (kind = 'MUHP' AND executed_on IS NULL AND starts_on BETWEEN :since AND :to)""")
			.param("from", from)
			.param("to", to)
			.param("since", placedSince)
			.query(UUID.class)
			.list();
	}

	/** Records a reminder; false when it was sent before (after a restart, say). */
	boolean remember(UUID itemId, LocalDate dueOn, long leadDays, UUID familyId, Instant now) {
		// two nodes running the job at once: one inserts, the other learns it was sent
		return jdbc.sql("""
				INSERT INTO legal_reminder (item_id, due_on, lead_days, family_id, sent_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(itemId, dueOn, (int) leadDays, familyId, Utc.of(now))
			.update() == 1;
	}

	List<UUID> parentsWhoChose(UUID familyId) {
		return jdbc.sql("SELECT account_id FROM legal_reminder_choice WHERE family_id = ?")
			.param(familyId)
			.query(UUID.class)
			.list();
	}

	boolean chose(UUID familyId, UUID accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM legal_reminder_choice WHERE family_id = ? AND account_id = ?")
			.params(familyId, accountId)
			.query(Integer.class)
			.single() > 0;
	}

	void choose(UUID familyId, UUID accountId, boolean wants, Instant now) {
		jdbc.sql("DELETE FROM legal_reminder_choice WHERE family_id = ? AND account_id = ?")
			.params(familyId, accountId)
			.update();
		if (wants) {
			jdbc.sql("INSERT INTO legal_reminder_choice (family_id, account_id, chosen_at) VALUES (?, ?, ?)")
				.params(familyId, accountId, Utc.of(now))
				.update();
		}
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
