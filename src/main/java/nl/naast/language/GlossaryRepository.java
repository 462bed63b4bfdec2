package nl.naast.language;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;
import nl.naast.shared.Utc;

@Repository
class GlossaryRepository {

	private final JdbcClient jdbc;

	GlossaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GlossaryTerm> all() {
		return jdbc.sql("SELECT * FROM glossary_term ORDER BY LOWER(term)").query(GlossaryRepository::map).list();
	}

	Optional<GlossaryTerm> find(String slug) {
		return jdbc.sql("SELECT * FROM glossary_term WHERE slug = ?")
			.param(slug)
			.query(GlossaryRepository::map)
			.optional();
	}

	/**
	 * A fingerprint that changes with every edit, to know when to rebuild the annotator.
	 */
	String fingerprint() {
		return jdbc.sql("SELECT COUNT(*) AS terms, COALESCE(SUM(version), 0) AS edits FROM glossary_term")
			.query((rs, n) -> rs.getLong("terms") + "/" + rs.getLong("edits"))
			.single();
	}

	List<GlossaryTerm> history(String slug) {
		return jdbc.sql("SELECT * FROM glossary_term_version WHERE slug = ? ORDER BY version DESC")
			.param(slug)
			.query(GlossaryRepository::map)
			.list();
	}

	void insert(GlossaryTerm t) {
		jdbc.sql("""
				INSERT INTO glossary_term (slug, term, abbreviations, synonyms, plain_nl, plain_en, related, version,
				  updated_by_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(t.slug(), t.term(), join(t.abbreviations()), join(t.synonyms()), t.plainNl(), t.plainEn(),
					join(t.related()), t.updatedByName(), Utc.of(t.updatedAt()))
			.update();
	}

	/**
	 * Replaces a term's wording, keeping the wording it had.
	 * @throws ConcurrentEditException when someone else changed it since {@code old} was
	 * read
	 */
	void update(GlossaryTerm old, GlossaryTerm now) {
		jdbc.sql("""
				INSERT INTO glossary_term_version (id, slug, version, term, abbreviations, synonyms, plain_nl, plain_en,
				  related, updated_by_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Ids.next(), old.slug(), old.version(), old.term(), join(old.abbreviations()), join(old.synonyms()),
					old.plainNl(), old.plainEn(), join(old.related()), old.updatedByName(), Utc.of(old.updatedAt()))
			.update();
		int updated = jdbc.sql("""
				UPDATE glossary_term SET term = ?, abbreviations = ?, synonyms = ?, plain_nl = ?, plain_en = ?,
				  related = ?, version = version + 1, updated_by_name = ?, updated_at = ?
				WHERE slug = ? AND version = ?
				""")
			.params(now.term(), join(now.abbreviations()), join(now.synonyms()), now.plainNl(), now.plainEn(),
					join(now.related()), now.updatedByName(), Utc.of(now.updatedAt()), old.slug(), old.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Glossary term " + old.slug() + " changed meanwhile");
		}
	}

	private static String join(List<String> values) {
		return values.isEmpty() ? null : String.join("|", values);
	}

	static List<String> split(String value) {
		return value == null || value.isBlank() ? List.of()
				: Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static GlossaryTerm map(ResultSet rs, int n) throws SQLException {
		OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
		return new GlossaryTerm(rs.getString("slug"), rs.getString("term"), split(rs.getString("abbreviations")),
				split(rs.getString("synonyms")), rs.getString("plain_nl"), rs.getString("plain_en"),
				split(rs.getString("related")), rs.getInt("version"), rs.getString("updated_by_name"),
				at == null ? Instant.EPOCH : at.toInstant());
	}

}
