package nl.naast.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Utc;
import nl.naast.story.AnalysisParts.Explanation;
import nl.naast.story.AnalysisParts.Factor;
import nl.naast.story.AnalysisParts.FactorKind;
import nl.naast.story.AnalysisParts.Link;
import nl.naast.story.AnalysisParts.Possibility;
import nl.naast.story.AnalysisParts.Question;
import nl.naast.story.AnalysisParts.QuestionStatus;
import nl.naast.story.AnalysisParts.Version;

@Repository
class AnalysisRepository {

	private final JdbcClient jdbc;

	AnalysisRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Factor> factors(UUID familyId) {
		Map<UUID, List<UUID>> evidence = jdbc
			.sql("SELECT factor_id, entry_id FROM analysis_evidence WHERE family_id = ?")
			.param(familyId)
			.query((rs, n) -> Map.entry(rs.getObject("factor_id", UUID.class), rs.getObject("entry_id", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("SELECT * FROM analysis_factor WHERE family_id = ? ORDER BY created_at, id")
			.param(familyId)
			.query((rs, n) -> new Factor(rs.getObject("id", UUID.class), FactorKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("description"), rs.getString("created_by_name"),
					instant(rs, "created_at"), instant(rs, "removed_at"), rs.getString("removed_by_name"),
					evidence.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	void insert(UUID familyId, Factor f) {
		jdbc.sql("INSERT INTO analysis_factor (id, family_id, kind, name, description, created_by_name, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(f.id(), familyId, f.kind().name(), f.name(), f.description(), f.createdByName(),
					Utc.of(f.createdAt()))
			.update();
	}

	/** Adds evidence once; the same event chosen again is there already. */
	void addEvidence(UUID familyId, UUID factorId, UUID entryId) {
		if (jdbc.sql("SELECT COUNT(*) FROM analysis_evidence WHERE factor_id = ? AND entry_id = ?")
			.params(factorId, entryId)
			.query(Long.class)
			.single() == 0) {
			try {
				jdbc.sql("INSERT INTO analysis_evidence (factor_id, entry_id, family_id) VALUES (?, ?, ?)")
					.params(factorId, entryId, familyId)
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException e) {
				// added at the same moment by someone else; the database ends this
				// transaction, so the person sees "someone changed this"
				throw new ConcurrentEditException("Evidence added meanwhile");
			}
		}
	}

	/** Removes a factor and its links, keeping both with who removed them. */
	void removeFactor(UUID familyId, UUID factorId, String byName, Instant at) {
		int removed = jdbc
			.sql("UPDATE analysis_factor SET removed_at = ?, removed_by_name = ? "
					+ "WHERE family_id = ? AND id = ? AND removed_at IS NULL")
			.params(Utc.of(at), byName, familyId, factorId)
			.update();
		if (removed != 1) {
			throw new ConcurrentEditException("Factor removed meanwhile");
		}
		jdbc.sql("UPDATE analysis_link SET removed_at = ?, removed_by_name = ? "
				+ "WHERE family_id = ? AND removed_at IS NULL AND (from_id = ? OR to_id = ?)")
			.params(Utc.of(at), byName, familyId, factorId, factorId)
			.update();
	}

	List<Link> links(UUID familyId) {
		return jdbc.sql("SELECT * FROM analysis_link WHERE family_id = ? ORDER BY created_at, id")
			.param(familyId)
			.query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("from_id", UUID.class),
					rs.getObject("to_id", UUID.class), rs.getString("says_who"), rs.getString("note"),
					rs.getString("created_by_name"), instant(rs, "created_at"), instant(rs, "removed_at")))
			.list();
	}

	void insert(UUID familyId, Link l) {
		jdbc.sql(
				"INSERT INTO analysis_link (id, family_id, from_id, to_id, says_who, note, created_by_name, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(l.id(), familyId, l.fromId(), l.toId(), l.saysWho(), l.note(), l.createdByName(),
					Utc.of(l.createdAt()))
			.update();
	}

	void removeLink(UUID familyId, UUID linkId, String byName, Instant at) {
		if (jdbc
			.sql("UPDATE analysis_link SET removed_at = ?, removed_by_name = ? "
					+ "WHERE family_id = ? AND id = ? AND removed_at IS NULL")
			.params(Utc.of(at), byName, familyId, linkId)
			.update() != 1) {
			throw new ConcurrentEditException("Link removed meanwhile");
		}
	}

	List<Question> questions(UUID familyId) {
		return jdbc.sql("SELECT * FROM analysis_question WHERE family_id = ? ORDER BY created_at, id")
			.param(familyId)
			.query((rs, n) -> new Question(rs.getObject("id", UUID.class), rs.getString("question"),
					rs.getString("who_could_know"), QuestionStatus.valueOf(rs.getString("status")),
					rs.getString("answer"), rs.getString("created_by_name"), instant(rs, "created_at"),
					rs.getInt("version")))
			.list();
	}

	void insert(UUID familyId, Question q) {
		jdbc.sql("INSERT INTO analysis_question (id, family_id, question, who_could_know, status, created_by_name, "
				+ "created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
			.params(q.id(), familyId, q.question(), q.whoCouldKnow(), q.status().name(), q.createdByName(),
					Utc.of(q.createdAt()))
			.update();
	}

	void updateQuestion(UUID familyId, UUID id, QuestionStatus status, String answer, int version) {
		if (jdbc
			.sql("UPDATE analysis_question SET status = ?, answer = ?, version = version + 1 "
					+ "WHERE family_id = ? AND id = ? AND version = ?")
			.params(status.name(), answer, familyId, id, version)
			.update() != 1) {
			throw new ConcurrentEditException("Question changed meanwhile");
		}
	}

	Explanation explanation(UUID familyId) {
		return jdbc.sql("SELECT * FROM analysis_explanation WHERE family_id = ?")
			.param(familyId)
			.query((rs, n) -> new Explanation(rs.getString("family_words"), rs.getString("family_by_name"),
					rs.getInt("family_version"), rs.getString("team_words"), rs.getString("team_by_name"),
					rs.getInt("team_version")))
			.optional()
			.orElse(Explanation.NONE);
	}

	/**
	 * Writes one voice of the explanation, if it is still at {@code version}.
	 * @param family the family's words, else the team's
	 */
	void saveExplanation(UUID familyId, boolean family, String words, String byName, int version) {
		try {
			jdbc.sql("INSERT INTO analysis_explanation (family_id, family_version, team_version) SELECT ?, 0, 0 "
					+ "WHERE NOT EXISTS (SELECT 1 FROM analysis_explanation WHERE family_id = ?)")
				.params(familyId, familyId)
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new ConcurrentEditException("Explanation begun meanwhile");
		}
		String voice = family ? "family" : "team";
		if (jdbc
			.sql("UPDATE analysis_explanation SET " + voice + "_words = ?, " + voice + "_by_name = ?, " + voice
					+ "_version = " + voice + "_version + 1 WHERE family_id = ? AND " + voice + "_version = ?")
			.params(words, byName, familyId, version)
			.update() != 1) {
			throw new ConcurrentEditException("Explanation changed meanwhile");
		}
	}

	List<Possibility> possibilities(UUID familyId) {
		return jdbc.sql("SELECT * FROM analysis_possibility WHERE family_id = ? ORDER BY created_at, id")
			.param(familyId)
			.query((rs, n) -> new Possibility(rs.getObject("id", UUID.class), rs.getString("what"),
					rs.getObject("goal_id", UUID.class), rs.getString("created_by_name"), instant(rs, "created_at"),
					rs.getInt("version")))
			.list();
	}

	void insert(UUID familyId, Possibility p) {
		jdbc.sql("INSERT INTO analysis_possibility (id, family_id, what, created_by_name, created_at, version) "
				+ "VALUES (?, ?, ?, ?, ?, 0)")
			.params(p.id(), familyId, p.what(), p.createdByName(), Utc.of(p.createdAt()))
			.update();
	}

	void linkGoal(UUID familyId, UUID possibilityId, UUID goalId, int version) {
		if (jdbc
			.sql("UPDATE analysis_possibility SET goal_id = ?, version = version + 1 "
					+ "WHERE family_id = ? AND id = ? AND version = ? AND goal_id IS NULL")
			.params(goalId, familyId, possibilityId, version)
			.update() != 1) {
			throw new ConcurrentEditException("Possibility changed meanwhile");
		}
	}

	List<Version> versions(UUID familyId) {
		return jdbc
			.sql("SELECT id, number, saved_at, saved_by_name, note FROM analysis_version WHERE family_id = ? "
					+ "ORDER BY number DESC")
			.param(familyId)
			.query((rs, n) -> new Version(rs.getObject("id", UUID.class), rs.getInt("number"), instant(rs, "saved_at"),
					rs.getString("saved_by_name"), rs.getString("note"), null))
			.list();
	}

	Optional<Version> version(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM analysis_version WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query((rs, n) -> new Version(rs.getObject("id", UUID.class), rs.getInt("number"), instant(rs, "saved_at"),
					rs.getString("saved_by_name"), rs.getString("note"), rs.getString("snapshot")))
			.optional();
	}

	/**
	 * The next number is taken in the insert: two people saving at once get 1 and 2, or a
	 * conflict.
	 */
	void insertVersion(UUID familyId, UUID id, String byName, String note, String snapshot, Instant at) {
		try {
			jdbc.sql("INSERT INTO analysis_version (id, family_id, number, saved_at, saved_by_name, note, snapshot) "
					+ "SELECT ?, ?, COALESCE(MAX(number), 0) + 1, ?, ?, ?, ? FROM analysis_version WHERE family_id = ?")
				.params(id, familyId, Utc.of(at), byName, note, snapshot, familyId)
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new ConcurrentEditException("Version saved meanwhile");
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
