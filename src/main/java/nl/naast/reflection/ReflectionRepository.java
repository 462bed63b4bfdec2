package nl.naast.reflection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.reflection.IntervisionSession.Participant;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.Utc;

/**
 * Every query that reads a private text names its reader: a journal entry by its author,
 * a session by its participants. There is no query that reads someone else's journal.
 */
@Repository
class ReflectionRepository {

	private final JdbcClient jdbc;

	ReflectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// the doubt journal

	Slice<JournalEntry> journalOf(UUID authorId, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM reflection_journal_entry WHERE author_id = ?")
			.param(authorId)
			.query(Long.class)
			.single();
		List<JournalEntry> items = jdbc.sql("""
				SELECT * FROM reflection_journal_entry WHERE author_id = ?
				ORDER BY created_at DESC, id LIMIT ? OFFSET ?""")
			.params(authorId, page.size(), page.offset())
			.query(ReflectionRepository::entry)
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	Optional<JournalEntry> journalEntry(UUID id, UUID authorId) {
		return jdbc.sql("SELECT * FROM reflection_journal_entry WHERE id = ? AND author_id = ?")
			.params(id, authorId)
			.query(ReflectionRepository::entry)
			.optional();
	}

	void insertEntry(UUID id, UUID authorId, JournalEntry e, Instant now) {
		jdbc.sql("""
				INSERT INTO reflection_journal_entry (id, author_id, family_id, knew, not_known, assumed, tomorrow,
				  free_text, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(id, authorId, e.familyId(), e.knew(), e.notKnown(), e.assumed(), e.tomorrow(), e.freeText(),
					Utc.of(now), Utc.of(now))
			.update();
	}

	void updateEntry(UUID id, UUID authorId, JournalEntry e, int version, Instant now) {
		int updated = jdbc.sql("""
				UPDATE reflection_journal_entry SET family_id = ?, knew = ?, not_known = ?, assumed = ?, tomorrow = ?,
				  free_text = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND author_id = ? AND version = ?""")
			.params(e.familyId(), e.knew(), e.notKnown(), e.assumed(), e.tomorrow(), e.freeText(), Utc.of(now), id,
					authorId, version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Journal entry " + id + " changed meanwhile");
		}
	}

	boolean deleteEntry(UUID id, UUID authorId) {
		return jdbc.sql("DELETE FROM reflection_journal_entry WHERE id = ? AND author_id = ?")
			.params(id, authorId)
			.update() == 1;
	}

	private static JournalEntry entry(ResultSet rs, int n) throws SQLException {
		return new JournalEntry(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), null,
				rs.getString("knew"), rs.getString("not_known"), rs.getString("assumed"), rs.getString("tomorrow"),
				rs.getString("free_text"), rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	// intervision

	void insertSession(UUID id, UUID organiserId, LocalDate heldOn, String topic, List<Participant> participants,
			Instant now) {
		jdbc.sql("""
				INSERT INTO reflection_session (id, organiser_id, held_on, topic, version, created_at, updated_at,
				  updated_by) VALUES (?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(id, organiserId, heldOn, topic, Utc.of(now), Utc.of(now), organiserId)
			.update();
		for (Participant p : participants) {
			jdbc.sql("INSERT INTO reflection_participant (session_id, account_id, name) VALUES (?, ?, ?)")
				.params(id, p.accountId(), p.name())
				.update();
		}
	}

	/** The sessions someone takes part in, the newest first. */
	List<IntervisionSession> sessionsOf(UUID accountId, int limit) {
		List<IntervisionSession> sessions = jdbc.sql("""
				SELECT s.* FROM reflection_session s
				JOIN reflection_participant p ON p.session_id = s.id AND p.account_id = ?
				ORDER BY s.held_on DESC, s.id LIMIT ?""")
			.params(accountId, limit)
			.query((rs, n) -> session(rs, List.of(), List.of()))
			.list();
		if (sessions.isEmpty()) {
			return sessions;
		}
		Map<UUID, List<Participant>> participants = participantsOf(
				sessions.stream().map(IntervisionSession::id).toList());
		return sessions.stream()
			.map(s -> new IntervisionSession(s.id(), s.heldOn(), s.topic(), s.questionsAsked(), s.learned(),
					participants.getOrDefault(s.id(), List.of()), List.of(), s.version(), s.updatedAt()))
			.toList();
	}

	Optional<IntervisionSession> session(UUID id, UUID participantId) {
		Optional<IntervisionSession> found = jdbc.sql("""
				SELECT s.* FROM reflection_session s
				JOIN reflection_participant p ON p.session_id = s.id AND p.account_id = ?
				WHERE s.id = ?""")
			.params(participantId, id)
			.query((rs, n) -> session(rs, List.of(), List.of()))
			.optional();
		return found.map(s -> new IntervisionSession(s.id(), s.heldOn(), s.topic(), s.questionsAsked(), s.learned(),
				participantsOf(List.of(id)).getOrDefault(id, List.of()), questionsIn(id), s.version(), s.updatedAt()));
	}

	void recordSession(UUID id, String questionsAsked, String learned, int version, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE reflection_session SET questions_asked = ?, learned = ?, version = version + 1, updated_at = ?,
				  updated_by = ? WHERE id = ? AND version = ?""")
			.params(questionsAsked, learned, Utc.of(now), by, id, version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Session " + id + " changed meanwhile");
		}
	}

	private Map<UUID, List<Participant>> participantsOf(List<UUID> sessionIds) {
		Map<UUID, List<Participant>> bySession = new HashMap<>();
		jdbc.sql("SELECT * FROM reflection_participant WHERE session_id IN (:ids) ORDER BY name")
			.param("ids", sessionIds)
			.query((rs, n) -> {
				bySession.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
					.add(new Participant(rs.getObject("account_id", UUID.class), rs.getString("name")));
				return null;
			})
			.list();
		return bySession;
	}

	private static IntervisionSession session(ResultSet rs, List<Participant> participants,
			List<CaseQuestion> questions) throws SQLException {
		return new IntervisionSession(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
				rs.getString("topic"), rs.getString("questions_asked"), rs.getString("learned"), participants,
				questions, rs.getInt("version"), instant(rs, "updated_at"));
	}

	void insertQuestion(UUID id, UUID authorId, String authorName, UUID familyId, String question, String summary,
			UUID sessionId, Instant now) {
		jdbc.sql("""
				INSERT INTO reflection_case_question (id, author_id, author_name, family_id, question, summary,
				  session_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, authorId, authorName, familyId, question, summary, sessionId, Utc.of(now))
			.update();
	}

	/** The author's own case questions, with their family link. */
	List<CaseQuestion> questionsOf(UUID authorId, int limit) {
		return jdbc.sql("""
				SELECT q.*, s.topic FROM reflection_case_question q
				LEFT JOIN reflection_session s ON s.id = q.session_id
				WHERE q.author_id = ? ORDER BY q.created_at DESC, q.id LIMIT ?""")
			.params(authorId, limit)
			.query((rs, n) -> question(rs, true))
			.list();
	}

	boolean bring(UUID questionId, UUID authorId, UUID sessionId) {
		return jdbc.sql("""
				UPDATE reflection_case_question SET session_id = ?
				WHERE id = ? AND author_id = ? AND session_id IS NULL""")
			.params(sessionId, questionId, authorId)
			.update() == 1;
	}

	/**
	 * The families that the questions brought to a session are linked to, each with the
	 * author who linked it: to check the session's notes against, never to show.
	 */
	Map<UUID, UUID> familiesBroughtTo(UUID sessionId) {
		Map<UUID, UUID> linkedBy = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT family_id, author_id FROM reflection_case_question
				WHERE session_id = ? AND family_id IS NOT NULL ORDER BY created_at, id""")
			.param(sessionId)
			.query((rs, n) -> linkedBy.putIfAbsent(rs.getObject("family_id", UUID.class),
					rs.getObject("author_id", UUID.class)))
			.list();
		return linkedBy;
	}

	/**
	 * The questions brought to a session, as its participants read them: no family link.
	 */
	private List<CaseQuestion> questionsIn(UUID sessionId) {
		return jdbc.sql("""
				SELECT q.*, s.topic FROM reflection_case_question q
				JOIN reflection_session s ON s.id = q.session_id
				WHERE q.session_id = ? ORDER BY q.created_at, q.id""")
			.param(sessionId)
			.query((rs, n) -> question(rs, false))
			.list();
	}

	private static CaseQuestion question(ResultSet rs, boolean withFamily) throws SQLException {
		return new CaseQuestion(rs.getObject("id", UUID.class), rs.getString("author_name"),
				withFamily ? rs.getObject("family_id", UUID.class) : null, null, rs.getString("question"),
				rs.getString("summary"), rs.getObject("session_id", UUID.class), rs.getString("topic"),
				instant(rs, "created_at"));
	}

	// insights

	/**
	 * @param fromEntry the author's own journal entry it was made from, or null
	 */
	void insertInsight(UUID id, UUID authorId, String authorName, Insight i, UUID fromEntry, Instant now) {
		jdbc.sql("""
				INSERT INTO reflection_insight (id, author_id, author_name, title, thought, learned, now_do,
				  search_text, from_entry_id, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(id, authorId, authorName, i.title(), i.thought(), i.learned(), i.nowDo(), searchText(i), fromEntry,
					Utc.of(now), Utc.of(now))
			.update();
		themes(id, i.themes());
	}

	/** The journal entry one's own insight was made from, for its author only. */
	Optional<UUID> insightSource(UUID id, UUID authorId) {
		return jdbc.sql("SELECT from_entry_id FROM reflection_insight WHERE id = ? AND author_id = ?")
			.params(id, authorId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject("from_entry_id", UUID.class)))
			.optional()
			.flatMap(source -> source);
	}

	void updateInsight(UUID id, UUID authorId, Insight i, int version, Instant now) {
		int updated = jdbc.sql("""
				UPDATE reflection_insight SET title = ?, thought = ?, learned = ?, now_do = ?, search_text = ?,
				  version = version + 1, updated_at = ? WHERE id = ? AND author_id = ? AND version = ?""")
			.params(i.title(), i.thought(), i.learned(), i.nowDo(), searchText(i), Utc.of(now), id, authorId, version)
			.update();
		if (updated == 0) {
			throw new ConcurrentEditException("Insight " + id + " changed meanwhile");
		}
		jdbc.sql("DELETE FROM reflection_insight_theme WHERE insight_id = ?").param(id).update();
		themes(id, i.themes());
	}

	private void themes(UUID id, Set<InsightTheme> themes) {
		for (InsightTheme theme : themes) {
			jdbc.sql("INSERT INTO reflection_insight_theme (insight_id, theme) VALUES (?, ?)")
				.params(id, theme.name())
				.update();
		}
	}

	private static String searchText(Insight i) {
		return String.join(" ", i.title(), i.thought(), i.learned(), i.nowDo()).toLowerCase(Locale.ROOT);
	}

	/** A page of insights, newest first, with counts in the same query. */
	Slice<Insight> insights(String query, InsightTheme theme, UUID reader, PageRequest page) {
		String where = " WHERE i.search_text LIKE :q ESCAPE '\\'"
				+ (theme == null ? "" : " AND EXISTS (SELECT 1 FROM reflection_insight_theme t"
						+ " WHERE t.insight_id = i.id AND t.theme = :theme)");
		String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)).replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_") + "%";
		var count = jdbc.sql("SELECT COUNT(*) FROM reflection_insight i" + where).param("q", like);
		if (theme != null) {
			count = count.param("theme", theme.name());
		}
		long total = count.query(Long.class).single();
		var select = jdbc.sql("""
				SELECT i.*,
				  (SELECT COUNT(*) FROM reflection_insight_mark m WHERE m.insight_id = i.id) AS marks,
				  (SELECT COUNT(*) FROM reflection_insight_comment c WHERE c.insight_id = i.id) AS comments,
				  (SELECT COUNT(*) FROM reflection_insight_mark m WHERE m.insight_id = i.id AND m.account_id = :reader)
				    AS mine
				FROM reflection_insight i""" + where + " ORDER BY i.created_at DESC, i.id LIMIT :limit OFFSET :offset")
			.param("q", like)
			.param("reader", reader)
			.param("limit", page.size())
			.param("offset", page.offset());
		if (theme != null) {
			select = select.param("theme", theme.name());
		}
		List<Insight> items = select.query((rs, n) -> insight(rs, List.of())).list();
		Map<UUID, Set<InsightTheme>> themes = themesOf(items.stream().map(Insight::id).toList());
		return new Slice<>(items.stream().map(i -> withThemes(i, themes.get(i.id()))).toList(), page.page(),
				page.size(), total);
	}

	Optional<Insight> insight(UUID id, UUID reader) {
		List<Insight.Comment> comments = jdbc
			.sql("SELECT * FROM reflection_insight_comment WHERE insight_id = ? ORDER BY created_at, id")
			.param(id)
			.query((rs, n) -> new Insight.Comment(rs.getObject("id", UUID.class), rs.getString("author_name"),
					rs.getString("text"), instant(rs, "created_at")))
			.list();
		return jdbc.sql("""
				SELECT i.*,
				  (SELECT COUNT(*) FROM reflection_insight_mark m WHERE m.insight_id = i.id) AS marks,
				  (SELECT COUNT(*) FROM reflection_insight_comment c WHERE c.insight_id = i.id) AS comments,
				  (SELECT COUNT(*) FROM reflection_insight_mark m WHERE m.insight_id = i.id AND m.account_id = ?)
				    AS mine
				FROM reflection_insight i WHERE i.id = ?""")
			.params(reader, id)
			.query((rs, n) -> insight(rs, comments))
			.optional()
			.map(i -> withThemes(i, themesOf(List.of(id)).get(id)));
	}

	void comment(UUID id, UUID insightId, UUID authorId, String authorName, String text, Instant now) {
		jdbc.sql("""
				INSERT INTO reflection_insight_comment (id, insight_id, author_id, author_name, text, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""").params(id, insightId, authorId, authorName, text, Utc.of(now)).update();
	}

	/** Marks or unmarks "this changed my work"; says whether it is marked now. */
	/**
	 * Marks, or takes a mark back. Two quick clicks take turns on the insight's row, so
	 * the second sees the first's mark; the insert never collides with a mark already
	 * there, which on PostgreSQL would abort the whole transaction.
	 */
	boolean toggleMark(UUID insightId, UUID accountId, Instant now) {
		jdbc.sql("SELECT id FROM reflection_insight WHERE id = ? FOR UPDATE").param(insightId).query(UUID.class).list();
		int removed = jdbc.sql("DELETE FROM reflection_insight_mark WHERE insight_id = ? AND account_id = ?")
			.params(insightId, accountId)
			.update();
		if (removed > 0) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO reflection_insight_mark (insight_id, account_id, created_at)
				SELECT ?, ?, ? WHERE NOT EXISTS
				  (SELECT 1 FROM reflection_insight_mark WHERE insight_id = ? AND account_id = ?)
				""").params(insightId, accountId, Utc.of(now), insightId, accountId).update();
		return true;
	}

	private Map<UUID, Set<InsightTheme>> themesOf(List<UUID> ids) {
		Map<UUID, Set<InsightTheme>> themes = new HashMap<>();
		if (ids.isEmpty()) {
			return themes;
		}
		jdbc.sql("SELECT * FROM reflection_insight_theme WHERE insight_id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> themes
				.computeIfAbsent(rs.getObject("insight_id", UUID.class), k -> EnumSet.noneOf(InsightTheme.class))
				.add(InsightTheme.valueOf(rs.getString("theme"))))
			.list();
		return themes;
	}

	private static Insight withThemes(Insight i, Set<InsightTheme> themes) {
		return new Insight(i.id(), i.authorId(), i.authorName(), i.title(), i.thought(), i.learned(), i.nowDo(),
				themes == null ? Set.of() : themes, i.marks(), i.comments(), i.markedByMe(), i.version(), i.createdAt(),
				i.commentList());
	}

	private static Insight insight(ResultSet rs, List<Insight.Comment> comments) throws SQLException {
		return new Insight(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
				rs.getString("author_name"), rs.getString("title"), rs.getString("thought"), rs.getString("learned"),
				rs.getString("now_do"), Set.of(), rs.getInt("marks"), rs.getInt("comments"), rs.getInt("mine") > 0,
				rs.getInt("version"), instant(rs, "created_at"), comments);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
