package nl.naast.demands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.Utc;
import nl.naast.access.RelationshipKind;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;

@Repository
class DemandRepository {

	private final JdbcClient jdbc;

	DemandRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Demand> ofFamily(UUID familyId) {
		return jdbc.sql("SELECT * FROM demand WHERE family_id = ? ORDER BY COALESCE(starts_at, created_at)")
			.param(familyId)
			.query(DemandRepository::map)
			.list();
	}

	/**
	 * Every open appointment and task of one week, of all families, per family: one query
	 * for the managers' overview.
	 */
	Map<UUID, List<Demand>> openInWeek(Instant from, Instant to, LocalDate monday, LocalDate sunday) {
		Map<UUID, List<Demand>> perFamily = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT * FROM demand WHERE status = 'OPEN'
				  AND ((kind = 'APPOINTMENT' AND starts_at >= ? AND starts_at < ?)
				    OR (kind = 'TASK' AND due_on BETWEEN ? AND ?))
				""")
			.params(Utc.of(from), Utc.of(to), monday, sunday)
			.query((rs, n) -> Map.entry(rs.getObject("family_id", UUID.class), map(rs, n)))
			.list()
			.forEach(e -> perFamily.computeIfAbsent(e.getKey(), f -> new ArrayList<>()).add(e.getValue()));
		return perFamily;
	}

	/** The families that have a contradiction nobody resolved yet. */
	Set<UUID> familiesWithOpenContradictions() {
		return new HashSet<>(jdbc.sql("SELECT DISTINCT family_id FROM demand_contradiction WHERE resolved_at IS NULL")
			.query(UUID.class)
			.list());
	}

	Optional<Demand> find(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM demand WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(DemandRepository::map)
			.optional();
	}

	void insert(UUID familyId, Demand d, Instant now) {
		Integer minutes = d.startsAt() == null ? null
				: (int) java.time.Duration.between(d.startsAt(), d.endsAt()).toMinutes();
		jdbc.sql("""
				INSERT INTO demand (id, family_id, asker_org, asker_person, asked_of_id, asked_of_name, what, why,
				  consequence, kind, starts_at, duration_minutes, all_day, place, due_on, compulsory, reference, status,
				  recorded_by, recorded_by_name, recorded_by_kind, version, created_at, created_by, updated_at,
				  updated_by, topic, polarity, period_from, period_to, meeting_id, linked_part)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(d.id(), familyId, d.askerOrg(), d.askerPerson(), d.askedOfId(), d.askedOfName(), d.what(), d.why(),
					d.consequence(), d.kind().name(), Utc.of(d.startsAt()), minutes, d.allDay(), d.place(), d.dueOn(),
					d.compulsory(), d.reference(), d.status().name(), d.recordedBy(), d.recordedByName(),
					d.recordedByKind().name(), Utc.of(now), d.recordedBy(), Utc.of(now), d.recordedBy(), d.topic(),
					d.polarity() == null ? null : d.polarity().name(), d.periodFrom(), d.periodTo(), d.meetingId(),
					d.linkedPart() == null ? null : d.linkedPart().name())
			.update();
	}

	void changeStatus(UUID familyId, Demand d, DemandStatus status, String reason, String byName, UUID by,
			Instant now) {
		int updated = jdbc.sql("""
				UPDATE demand SET status = ?, withdraw_reason = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ?
				""")
			.params(status.name(), status == DemandStatus.WITHDRAWN ? reason : null, Utc.of(now), by, familyId, d.id(),
					d.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Demand " + d.id() + " changed meanwhile");
		}
		jdbc.sql("INSERT INTO demand_change (id, family_id, demand_id, changed_at, by_name, new_status, reason) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(Ids.next(), familyId, d.id(), Utc.of(now), byName, status.name(), reason)
			.update();
	}

	List<DemandChange> changes(UUID familyId) {
		return jdbc.sql("SELECT * FROM demand_change WHERE family_id = ? ORDER BY changed_at, id")
			.param(familyId)
			.query((rs, n) -> new DemandChange(rs.getObject("demand_id", UUID.class),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("by_name"),
					DemandStatus.valueOf(rs.getString("new_status")), rs.getString("reason"), rs.getString("old_text"),
					rs.getString("new_text")))
			.list();
	}

	/**
	 * Replaces what a demand says, if nobody changed it since {@code old} was read, and
	 * keeps both versions.
	 * @throws ConcurrentEditException when someone else changed it first
	 */
	void change(UUID familyId, Demand old, Demand now, String reason, String oldText, String newText, String byName,
			UUID by, Instant at) {
		Integer minutes = now.startsAt() == null ? null
				: (int) java.time.Duration.between(now.startsAt(), now.endsAt()).toMinutes();
		int updated = jdbc
			.sql("""
					UPDATE demand SET asker_org = ?, asker_person = ?, asked_of_id = ?, asked_of_name = ?, what = ?, why = ?,
					  consequence = ?, kind = ?, starts_at = ?, duration_minutes = ?, all_day = ?, place = ?, due_on = ?,
					  compulsory = ?, reference = ?, topic = ?, polarity = ?, period_from = ?, period_to = ?,
					  version = version + 1, updated_at = ?, updated_by = ?
					WHERE family_id = ? AND id = ? AND version = ?
					""")
			.params(now.askerOrg(), now.askerPerson(), now.askedOfId(), now.askedOfName(), now.what(), now.why(),
					now.consequence(), now.kind().name(), Utc.of(now.startsAt()), minutes, now.allDay(), now.place(),
					now.dueOn(), now.compulsory(), now.reference(), now.topic(),
					now.polarity() == null ? null : now.polarity().name(), now.periodFrom(), now.periodTo(), Utc.of(at),
					by, familyId, old.id(), old.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Demand " + old.id() + " changed meanwhile");
		}
		jdbc.sql("INSERT INTO demand_change (id, family_id, demand_id, changed_at, by_name, new_status, reason, "
				+ "old_text, new_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Ids.next(), familyId, old.id(), Utc.of(at), byName, DemandStatus.OPEN.name(), reason, oldText,
					newText)
			.update();
	}

	List<Contradiction> contradictions(UUID familyId) {
		return jdbc.sql("SELECT * FROM demand_contradiction WHERE family_id = ? ORDER BY linked_at")
			.param(familyId)
			.query((rs, n) -> new Contradiction(rs.getObject("id", UUID.class), rs.getObject("first_id", UUID.class),
					rs.getObject("second_id", UUID.class), rs.getString("note"), rs.getBoolean("detected"),
					rs.getString("linked_by_name"), rs.getObject("linked_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("resolved_at", OffsetDateTime.class)), rs.getString("resolved_by_name"),
					rs.getString("resolution")))
			.list();
	}

	void link(UUID familyId, UUID first, UUID second, String note, boolean detected, String byName, Instant now) {
		jdbc.sql(
				"INSERT INTO demand_contradiction (id, family_id, first_id, second_id, note, detected, linked_by_name, "
						+ "linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Ids.next(), familyId, first, second, note, detected, byName, Utc.of(now))
			.update();
	}

	/**
	 * @return false when it was resolved meanwhile
	 */
	boolean resolve(UUID familyId, UUID contradictionId, String resolution, String byName, Instant now) {
		return jdbc
			.sql("UPDATE demand_contradiction SET resolved_at = ?, resolved_by_name = ?, resolution = ? "
					+ "WHERE family_id = ? AND id = ? AND resolved_at IS NULL")
			.params(Utc.of(now), byName, resolution, familyId, contradictionId)
			.update() == 1;
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	/**
	 * For the overview: how many marks the family made, and how many contradictions are
	 * open, in one read.
	 */
	MarksAndContradictions openSignals(UUID familyId) {
		return jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM demand_mark WHERE family_id = :family) AS marks,
				       (SELECT COUNT(*) FROM demand_contradiction WHERE family_id = :family AND resolved_at IS NULL)
				         AS contradictions
				""")
			.param("family", familyId)
			.query((rs, n) -> new MarksAndContradictions(rs.getInt("marks"), rs.getLong("contradictions")))
			.single();
	}

	record MarksAndContradictions(int marks, long openContradictions) {
	}

	List<Mark> marks(UUID familyId) {
		return jdbc.sql("SELECT * FROM demand_mark WHERE family_id = ? ORDER BY marked_at DESC")
			.param(familyId)
			.query((rs, n) -> new Mark(rs.getObject("demand_id", UUID.class), Mark.Kind.valueOf(rs.getString("mark")),
					rs.getString("words"), rs.getString("by_name"),
					rs.getObject("marked_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void mark(UUID familyId, UUID demandId, Mark.Kind kind, String words, UUID by, String byName, Instant now) {
		jdbc.sql("INSERT INTO demand_mark (id, family_id, demand_id, mark, words, marked_by, by_name, marked_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Ids.next(), familyId, demandId, kind.name(), words, by, byName, Utc.of(now))
			.update();
	}

	private static Demand map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime start = rs.getObject("starts_at", OffsetDateTime.class);
		Integer minutes = (Integer) rs.getObject("duration_minutes");
		Instant startsAt = start == null ? null : start.toInstant();
		return new Demand(rs.getObject("id", UUID.class), rs.getString("asker_org"), rs.getString("asker_person"),
				rs.getObject("asked_of_id", UUID.class), rs.getString("asked_of_name"), rs.getString("what"),
				rs.getString("why"), rs.getString("consequence"), DemandKind.valueOf(rs.getString("kind")), startsAt,
				startsAt == null || minutes == null ? null : startsAt.plusSeconds(60L * minutes),
				rs.getBoolean("all_day"), rs.getString("place"), rs.getObject("due_on", LocalDate.class),
				rs.getBoolean("compulsory"), rs.getString("reference"), DemandStatus.valueOf(rs.getString("status")),
				rs.getString("withdraw_reason"), rs.getObject("recorded_by", UUID.class),
				rs.getString("recorded_by_name"), RelationshipKind.valueOf(rs.getString("recorded_by_kind")),
				rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("topic"),
				rs.getString("polarity") == null ? null : Polarity.valueOf(rs.getString("polarity")),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getObject("meeting_id", UUID.class), rs.getString("linked_part") == null ? null
						: nl.naast.access.FilePart.valueOf(rs.getString("linked_part")));
	}

}
