package nl.naast.journey;

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

import nl.naast.access.RelationshipKind;
import nl.naast.journey.Parts.Entry;
import nl.naast.journey.Parts.Kind;
import nl.naast.journey.Parts.Milestone;
import nl.naast.journey.Parts.Mood;
import nl.naast.journey.Parts.Notice;
import nl.naast.journey.Parts.Rating;
import nl.naast.journey.Parts.Reason;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;
import nl.naast.shared.Utc;

@Repository
class JourneyRepository {

	private final JdbcClient jdbc;

	JourneyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> entries(UUID familyId) {
		return jdbc.sql("SELECT * FROM journey_entry WHERE family_id = ? ORDER BY happened_on DESC, created_at DESC")
			.param(familyId)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
					rs.getObject("happened_on", LocalDate.class), rs.getString("what"), rs.getString("learned"),
					rs.getString("doing_now"), rs.getString("by_name"),
					RelationshipKind.valueOf(rs.getString("by_kind")), instant(rs, "created_at")))
			.list();
	}

	void insert(UUID familyId, Entry e, UUID by) {
		jdbc.sql("""
				INSERT INTO journey_entry (id, family_id, kind, happened_on, what, learned, doing_now, by_id, by_name,
				  by_kind, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(e.id(), familyId, e.kind().name(), e.happenedOn(), e.what(), e.learned(), e.doingNow(), by,
					e.byName(), e.byKind().name(), Utc.of(e.createdAt()))
			.update();
	}

	void milestone(UUID familyId, String kind, UUID goalId, Instant at) {
		jdbc.sql("INSERT INTO journey_milestone (id, family_id, kind, goal_id, at) VALUES (?, ?, ?, ?, ?)")
			.params(Ids.next(), familyId, kind, goalId, Utc.of(at))
			.update();
	}

	List<Milestone> milestones(UUID familyId) {
		return jdbc.sql("SELECT * FROM journey_milestone WHERE family_id = ? ORDER BY at")
			.param(familyId)
			.query((rs, n) -> new Milestone(rs.getString("kind"), rs.getObject("goal_id", UUID.class),
					instant(rs, "at")))
			.list();
	}

	List<Mood> moods(UUID familyId) {
		return jdbc.sql("SELECT * FROM journey_mood WHERE family_id = ? ORDER BY for_month, by_name")
			.param(familyId)
			.query((rs, n) -> new Mood(rs.getObject("for_month", LocalDate.class), rs.getObject("by_id", UUID.class),
					rs.getString("by_name"), rs.getInt("score"), rs.getString("words"), instant(rs, "at")))
			.list();
	}

	/** A parent's mood for a month: the first time, or again in the same month. */
	void saveMood(UUID familyId, Mood m) {
		int updated = jdbc.sql(
				"UPDATE journey_mood SET score = ?, words = ?, at = ? WHERE family_id = ? AND for_month = ? AND by_id = ?")
			.params(m.score(), m.words(), Utc.of(m.at()), familyId, m.month(), m.byId())
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("INSERT INTO journey_mood (family_id, for_month, by_id, by_name, score, words, at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
					.params(familyId, m.month(), m.byId(), m.byName(), m.score(), m.words(), Utc.of(m.at()))
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException e) {
				throw new ConcurrentEditException("Mood written meanwhile");
			}
		}
	}

	List<Rating> ratings(UUID familyId) {
		return jdbc.sql("SELECT * FROM help_rating WHERE family_id = ? ORDER BY for_month DESC, created_at DESC")
			.param(familyId)
			.query(JourneyRepository::rating)
			.list();
	}

	/** The ratings of one professional, all families; for their own aggregated trend. */
	List<Aggregates.Score> scoresOf(UUID professionalId) {
		return jdbc.sql("SELECT * FROM help_rating WHERE professional_id = ?")
			.param(professionalId)
			.query((rs, n) -> score(rs, "me"))
			.list();
	}

	/** Every rating with its organisation, for the managers' trends. */
	List<Aggregates.Score> scoresPerOrganisation() {
		return jdbc.sql("SELECT * FROM help_rating WHERE organisation IS NOT NULL")
			.query((rs, n) -> score(rs, rs.getString("organisation")))
			.list();
	}

	/**
	 * The scores per organisation for the months from {@code from} up to, not including,
	 * {@code until}.
	 */
	List<Aggregates.Score> scoresPerOrganisation(LocalDate from, LocalDate until) {
		return jdbc.sql("SELECT * FROM help_rating WHERE organisation IS NOT NULL AND for_month >= ? AND for_month < ?")
			.params(from, until)
			.query((rs, n) -> score(rs, rs.getString("organisation")))
			.list();
	}

	private static Aggregates.Score score(ResultSet rs, String group) throws SQLException {
		return new Aggregates.Score(rs.getObject("family_id", UUID.class), group,
				rs.getObject("for_month", LocalDate.class), rs.getInt("heard"), rs.getInt("important"),
				rs.getInt("fits"), rs.getInt("helps"));
	}

	Optional<Rating> rating(UUID familyId, LocalDate month, UUID parentId, UUID professionalId) {
		return jdbc.sql(
				"SELECT * FROM help_rating WHERE family_id = ? AND for_month = ? AND parent_id = ? AND professional_id = ?")
			.params(familyId, month, parentId, professionalId)
			.query(JourneyRepository::rating)
			.optional();
	}

	void insert(UUID familyId, Rating r) {
		try {
			jdbc.sql(
					"""
							INSERT INTO help_rating (id, family_id, for_month, parent_id, parent_name, professional_id, organisation,
							  heard, important, fits, helps, comment, created_at, updated_at, version)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
							""")
				.params(r.id(), familyId, r.month(), r.parentId(), r.parentName(), r.professionalId(), r.organisation(),
						r.heard(), r.important(), r.fits(), r.helps(), r.comment(), Utc.of(r.createdAt()),
						Utc.of(r.createdAt()))
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new ConcurrentEditException("Rated meanwhile");
		}
	}

	void correct(UUID familyId, Rating r, int version, Instant at) {
		if (jdbc.sql("""
				UPDATE help_rating SET heard = ?, important = ?, fits = ?, helps = ?, comment = ?, updated_at = ?,
				  version = version + 1 WHERE family_id = ? AND id = ? AND version = ?
				""")
			.params(r.heard(), r.important(), r.fits(), r.helps(), r.comment(), Utc.of(at), familyId, r.id(), version)
			.update() != 1) {
			throw new ConcurrentEditException("Rating changed meanwhile");
		}
	}

	List<Notice> notices(UUID familyId) {
		return jdbc.sql("SELECT * FROM help_notice WHERE family_id = ? ORDER BY created_at DESC")
			.param(familyId)
			.query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("rating_id", UUID.class),
					Reason.valueOf(rs.getString("reason")), instant(rs, "created_at"), rs.getString("response"),
					rs.getString("responded_by_name"), instant(rs, "responded_at")))
			.list();
	}

	void notice(UUID familyId, UUID ratingId, Reason reason, Instant at) {
		jdbc.sql("INSERT INTO help_notice (id, rating_id, family_id, reason, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(Ids.next(), ratingId, familyId, reason.name(), Utc.of(at))
			.update();
	}

	/** The coordinator's response; once given it stays as it is. */
	void respond(UUID familyId, UUID noticeId, String response, String byName, Instant at) {
		if (jdbc
			.sql("UPDATE help_notice SET response = ?, responded_by_name = ?, responded_at = ? "
					+ "WHERE family_id = ? AND id = ? AND response IS NULL")
			.params(response, byName, Utc.of(at), familyId, noticeId)
			.update() != 1) {
			throw new ConcurrentEditException("Answered meanwhile");
		}
	}

	private static Rating rating(ResultSet rs, int n) throws SQLException {
		return new Rating(rs.getObject("id", UUID.class), rs.getObject("for_month", LocalDate.class),
				rs.getObject("parent_id", UUID.class), rs.getString("parent_name"),
				rs.getObject("professional_id", UUID.class), rs.getString("organisation"), rs.getInt("heard"),
				rs.getInt("important"), rs.getInt("fits"), rs.getInt("helps"), rs.getString("comment"),
				instant(rs, "created_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
