package nl.naast.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.access.RelationshipKind;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;
import nl.naast.shared.Utc;

@Repository
class MeetingRepository {

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Meeting> ofFamily(UUID familyId) {
		List<Row> rows = jdbc.sql("SELECT * FROM meeting WHERE family_id = ? ORDER BY meets_on, starts_at")
			.param(familyId)
			.query(MeetingRepository::row)
			.list();
		Map<UUID, List<Meeting.Attendee>> attendees = attendees(
				"SELECT * FROM meeting_attendee WHERE family_id = :family",
				new MapSqlParameterSource("family", familyId));
		return rows.stream().map(r -> r.with(attendees)).toList();
	}

	Optional<Meeting> find(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM meeting WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(MeetingRepository::row)
			.optional()
			.map(r -> r.with(attendees("SELECT * FROM meeting_attendee WHERE meeting_id = :meeting",
					new MapSqlParameterSource("meeting", id))));
	}

	/** The meetings of these families between two days (both included), in time order. */
	List<Meeting> between(Collection<UUID> familyIds, LocalDate from, LocalDate to) {
		if (familyIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("families", familyIds).addValue("from", from)
			.addValue("to", to);
		List<Row> rows = jdbc
			.sql("SELECT * FROM meeting WHERE family_id IN (:families) AND meets_on BETWEEN :from AND :to "
					+ "ORDER BY meets_on, starts_at")
			.paramSource(params)
			.query(MeetingRepository::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Meeting.Attendee>> attendees = attendees(
				"SELECT * FROM meeting_attendee WHERE meeting_id IN (:meetings)",
				new MapSqlParameterSource("meetings", rows.stream().map(r -> r.meeting().id()).toList()));
		return rows.stream().map(r -> r.with(attendees)).toList();
	}

	void insert(Meeting m, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO meeting (id, family_id, kind, organisation, people, meets_on, starts_at, ends_at, place,
				  video_link, recorded_after, version, prep_version, guide_version, nothing_agreed, summary_version,
				  created_by, created_by_name, created_at, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, FALSE, 0, ?, ?, ?, ?, ?)
				""")
			.params(m.id(), m.familyId(), m.kind().name(), m.organisation(), m.people(), m.meetsOn(),
					Utc.of(m.startsAt()), Utc.of(m.endsAt()), m.place(), m.videoLink(), m.recordedAfter(), by,
					m.createdByName(), Utc.of(now), by, Utc.of(now))
			.update();
		insertAttendees(m);
	}

	/**
	 * @throws ConcurrentEditException when someone changed the details since they were
	 * read
	 */
	void updateDetails(Meeting m, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE meeting SET kind = ?, organisation = ?, people = ?, meets_on = ?, starts_at = ?, ends_at = ?,
				  place = ?, video_link = ?, recorded_after = ?, version = version + 1, updated_by = ?, updated_at = ?
				WHERE family_id = ? AND id = ? AND version = ? AND cancelled_reason IS NULL
				""")
			.params(m.kind().name(), m.organisation(), m.people(), m.meetsOn(), Utc.of(m.startsAt()),
					Utc.of(m.endsAt()), m.place(), m.videoLink(), m.recordedAfter(), by, Utc.of(now), m.familyId(),
					m.id(), version)
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Meeting " + m.id() + " changed meanwhile");
		}
		jdbc.sql("DELETE FROM meeting_attendee WHERE meeting_id = ?").param(m.id()).update();
		insertAttendees(m);
	}

	void cancel(UUID familyId, UUID id, String reason, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE meeting SET cancelled_reason = ?, version = version + 1, updated_by = ?, updated_at = ?
				WHERE family_id = ? AND id = ? AND version = ? AND cancelled_reason IS NULL
				""").params(reason, by, Utc.of(now), familyId, id, version).update();
		if (updated != 1) {
			throw new ConcurrentEditException("Meeting " + id + " changed meanwhile");
		}
	}

	void savePreparation(UUID familyId, UUID id, Meeting.Preparation p, int version, UUID by, Instant now) {
		changed(jdbc.sql("""
				UPDATE meeting SET prep_say = ?, prep_ask = ?, prep_worries = ?, prep_next = ?, prep_safe = ?,
				  prep_by_name = ?, prep_at = ?, prep_version = prep_version + 1, updated_by = ?, updated_at = ?
				WHERE family_id = ? AND id = ? AND prep_version = ?
				""")
			.params(p.say(), p.ask(), p.worries(), p.wish(), p.safe(), p.byName(), Utc.of(now), by, Utc.of(now),
					familyId, id, version)
			.update(), id);
	}

	void saveGuidance(UUID familyId, UUID id, Meeting.Guidance g, int version, UUID by, Instant now) {
		changed(jdbc.sql("""
				UPDATE meeting SET guide_expect = ?, guide_bring = ?, guide_by_name = ?,
				  guide_version = guide_version + 1, updated_by = ?, updated_at = ?
				WHERE family_id = ? AND id = ? AND guide_version = ?
				""").params(g.expect(), g.bring(), g.byName(), by, Utc.of(now), familyId, id, version).update(), id);
	}

	/** Saves the summary while it is not final yet. */
	void saveSummary(UUID familyId, UUID id, Meeting.Summary s, int version, UUID by, Instant now) {
		changed(jdbc.sql("""
				UPDATE meeting SET summary_said = ?, summary_decided = ?, summary_means = ?, summary_next = ?,
				  nothing_agreed = ?, summary_by_name = ?, summary_final_at = ?, summary_version = summary_version + 1,
				  updated_by = ?, updated_at = ?
				WHERE family_id = ? AND id = ? AND summary_version = ? AND summary_final_at IS NULL
				""")
			.params(s.said(), s.decided(), s.means(), s.next(), s.nothingAgreed(), s.byName(), Utc.of(s.finalAt()), by,
					Utc.of(now), familyId, id, version)
			.update(), id);
	}

	List<Agreement> agreements(UUID familyId, UUID meetingId) {
		return jdbc
			.sql("SELECT * FROM meeting_agreement WHERE family_id = ? AND meeting_id = ? ORDER BY created_at, id")
			.params(familyId, meetingId)
			.query((rs, n) -> new Agreement(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
					rs.getString("what"), rs.getString("owner_value"), rs.getString("owner_name"),
					rs.getBoolean("owner_family"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("step_id", UUID.class), rs.getObject("demand_id", UUID.class),
					rs.getString("created_by_name"), instant(rs, "created_at"), rs.getInt("version")))
			.list();
	}

	void insertAgreement(UUID familyId, Agreement a) {
		jdbc.sql("""
				INSERT INTO meeting_agreement (id, meeting_id, family_id, what, owner_value, owner_name, owner_family,
				  due_on, created_by_name, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(a.id(), a.meetingId(), familyId, a.what(), a.ownerValue(), a.ownerName(), a.ownerFamily(),
					a.dueOn(), a.createdByName(), Utc.of(a.createdAt()))
			.update();
	}

	/** Links an agreement to the step or demand it became; only once. */
	void linkAgreement(UUID familyId, UUID agreementId, UUID stepId, UUID demandId, int version) {
		changed(jdbc.sql("""
				UPDATE meeting_agreement SET step_id = ?, demand_id = ?, version = version + 1
				WHERE family_id = ? AND id = ? AND version = ? AND step_id IS NULL AND demand_id IS NULL
				""").params(stepId, demandId, familyId, agreementId, version).update(), agreementId);
	}

	List<OwnAccount> ownAccounts(UUID familyId, UUID meetingId) {
		return jdbc.sql("SELECT * FROM meeting_own_account WHERE family_id = ? AND meeting_id = ? ORDER BY written_at")
			.params(familyId, meetingId)
			.query((rs, n) -> new OwnAccount(rs.getObject("meeting_id", UUID.class),
					rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("how_it_was"),
					rs.getString("what_heard"), instant(rs, "written_at"), rs.getInt("version")))
			.list();
	}

	/**
	 * Writes a parent's own account: the first time with version -1, afterwards only if
	 * nobody changed it meanwhile.
	 */
	void saveOwnAccount(UUID familyId, OwnAccount a, int version) {
		if (version < 0) {
			insertOnce(() -> jdbc.sql("""
					INSERT INTO meeting_own_account (meeting_id, family_id, author_id, author_name, how_it_was,
					  what_heard, written_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)
					""")
				.params(a.meetingId(), familyId, a.authorId(), a.authorName(), a.howItWas(), a.whatHeard(),
						Utc.of(a.writtenAt()))
				.update(), a.meetingId());
			return;
		}
		changed(jdbc.sql("""
				UPDATE meeting_own_account SET how_it_was = ?, what_heard = ?, written_at = ?, version = version + 1
				WHERE family_id = ? AND meeting_id = ? AND author_id = ? AND version = ?
				""")
			.params(a.howItWas(), a.whatHeard(), Utc.of(a.writtenAt()), familyId, a.meetingId(), a.authorId(), version)
			.update(), a.meetingId());
	}

	List<Correction> corrections(UUID familyId, UUID meetingId) {
		return jdbc.sql("SELECT * FROM meeting_correction WHERE family_id = ? AND meeting_id = ? ORDER BY at, id")
			.params(familyId, meetingId)
			.query((rs, n) -> new Correction(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
					SummarySection.valueOf(rs.getString("section")), rs.getString("correction"),
					rs.getString("by_name"), instant(rs, "at")))
			.list();
	}

	void insertCorrection(UUID familyId, Correction c, UUID by) {
		jdbc.sql("INSERT INTO meeting_correction (id, meeting_id, family_id, section, correction, by_id, by_name, at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.meetingId(), familyId, c.section().name(), c.correction(), by, c.byName(), Utc.of(c.at()))
			.update();
	}

	List<PrivateNote> privateNotes(UUID familyId, UUID meetingId) {
		return jdbc.sql("SELECT * FROM meeting_private_note WHERE family_id = ? AND meeting_id = ? ORDER BY at, id")
			.params(familyId, meetingId)
			.query((rs, n) -> new PrivateNote(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
					rs.getString("words"), rs.getString("by_name"), RelationshipKind.valueOf(rs.getString("by_kind")),
					instant(rs, "at")))
			.list();
	}

	void insertPrivateNote(UUID familyId, PrivateNote note, UUID by) {
		jdbc.sql("INSERT INTO meeting_private_note (id, meeting_id, family_id, words, by_id, by_name, by_kind, at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(note.id(), note.meetingId(), familyId, note.words(), by, note.byName(), note.byKind().name(),
					Utc.of(note.at()))
			.update();
	}

	List<Feedback> feedback(UUID familyId, UUID meetingId) {
		return jdbc.sql("SELECT * FROM meeting_feedback WHERE family_id = ? AND meeting_id = ? ORDER BY at")
			.params(familyId, meetingId)
			.query(MeetingRepository::feedback)
			.list();
	}

	/**
	 * The meetings of this family that this person already answered "did it help?" for.
	 */
	Set<UUID> answeredBy(UUID familyId, UUID accountId) {
		return Set.copyOf(jdbc.sql("SELECT meeting_id FROM meeting_feedback WHERE family_id = ? AND by_id = ?")
			.params(familyId, accountId)
			.query(UUID.class)
			.list());
	}

	/**
	 * @return false when this person had already answered for this meeting
	 */
	boolean insertFeedback(UUID familyId, Feedback f, List<UUID> professionals) {
		if (answeredBy(familyId, f.byId()).contains(f.meetingId())) {
			return false;
		}
		UUID id = Ids.next();
		insertOnce(() -> jdbc.sql("""
				INSERT INTO meeting_feedback (id, meeting_id, family_id, by_id, by_name, heard, mattered, next_known,
				  useful, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, f.meetingId(), familyId, f.byId(), f.byName(), f.heard(), f.mattered(), f.nextKnown(),
					f.useful(), f.comment(), Utc.of(f.at()))
			.update(), f.meetingId());
		for (UUID professional : professionals) {
			jdbc.sql("INSERT INTO meeting_feedback_professional (feedback_id, professional_id, family_id) "
					+ "VALUES (?, ?, ?)")
				.params(id, professional, familyId)
				.update();
		}
		return true;
	}

	private void insertAttendees(Meeting m) {
		for (Meeting.Attendee a : m.attendees()) {
			jdbc.sql("INSERT INTO meeting_attendee (meeting_id, family_id, person_id, name, companion) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(m.id(), m.familyId(), a.personId(), a.name(), a.companion())
				.update();
		}
	}

	private Map<UUID, List<Meeting.Attendee>> attendees(String sql, MapSqlParameterSource params) {
		return jdbc.sql(sql + " ORDER BY companion, name")
			.paramSource(params)
			.query((rs, n) -> Map.entry(rs.getObject("meeting_id", UUID.class),
					new Meeting.Attendee(rs.getObject("person_id", UUID.class), rs.getString("name"),
							rs.getBoolean("companion"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Two tabs saving the same first answer at once: the second meets a conflict. */
	private static void insertOnce(java.util.function.IntSupplier insert, UUID id) {
		try {
			insert.getAsInt();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new ConcurrentEditException("Written meanwhile: " + id);
		}
	}

	private static void changed(int updated, UUID id) {
		if (updated != 1) {
			throw new ConcurrentEditException("Changed meanwhile: " + id);
		}
	}

	/** A meeting row before its attendees are added. */
	private record Row(Meeting meeting) {

		Meeting with(Map<UUID, List<Meeting.Attendee>> attendees) {
			Meeting m = meeting;
			return new Meeting(m.id(), m.familyId(), m.kind(), m.organisation(), m.people(), m.meetsOn(), m.startsAt(),
					m.endsAt(), m.place(), m.videoLink(), m.recordedAfter(), m.cancelledReason(), m.version(),
					m.preparation(), m.guidance(), m.summary(),
					new ArrayList<>(attendees.getOrDefault(m.id(), List.of())), m.createdByName());
		}

	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(new Meeting(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				MeetingKind.valueOf(rs.getString("kind")), rs.getString("organisation"), rs.getString("people"),
				rs.getObject("meets_on", LocalDate.class), instant(rs, "starts_at"), instant(rs, "ends_at"),
				rs.getString("place"), rs.getString("video_link"), rs.getBoolean("recorded_after"),
				rs.getString("cancelled_reason"), rs.getInt("version"),
				new Meeting.Preparation(rs.getString("prep_say"), rs.getString("prep_ask"),
						rs.getString("prep_worries"), rs.getString("prep_next"), rs.getString("prep_safe"),
						rs.getString("prep_by_name"), instant(rs, "prep_at"), rs.getInt("prep_version")),
				new Meeting.Guidance(rs.getString("guide_expect"), rs.getString("guide_bring"),
						rs.getString("guide_by_name"), rs.getInt("guide_version")),
				new Meeting.Summary(rs.getString("summary_said"), rs.getString("summary_decided"),
						rs.getString("summary_means"), rs.getString("summary_next"), rs.getBoolean("nothing_agreed"),
						rs.getString("summary_by_name"), instant(rs, "summary_final_at"), rs.getInt("summary_version")),
				List.of(), rs.getString("created_by_name")));
	}

	private static Feedback feedback(ResultSet rs, int n) throws SQLException {
		return new Feedback(rs.getObject("meeting_id", UUID.class), rs.getObject("by_id", UUID.class),
				rs.getString("by_name"), rs.getInt("heard"), rs.getInt("mattered"), rs.getInt("next_known"),
				rs.getInt("useful"), rs.getString("comment"), instant(rs, "at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
