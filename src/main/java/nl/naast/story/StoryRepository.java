package nl.naast.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.access.RelationshipKind;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Utc;

@Repository
class StoryRepository {

	/**
	 * Entries without a date come last (their stored sort_on is the last day there is),
	 * then in order of time, then as written. The order names the timeline index's
	 * leading columns too, so that H2 walks the index instead of sorting the whole story.
	 */
	private static final String ORDER = " ORDER BY family_id, sort_on, when_to, created_at, id";

	/** The same order, along the index of one domain's timeline. */
	private static final String DOMAIN_ORDER = " ORDER BY family_id, domain, sort_on, when_to, created_at, id";

	private final JdbcClient jdbc;

	StoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> page(UUID familyId, Domain domain, PageRequest page) {
		return jdbc
			.sql("SELECT * FROM story_entry WHERE " + filter(domain) + (domain == null ? ORDER : DOMAIN_ORDER)
					+ " LIMIT :size OFFSET :offset")
			.paramSource(filterParams(familyId, domain).addValue("size", page.size()).addValue("offset", page.offset()))
			.query(StoryRepository::entry)
			.list();
	}

	long count(UUID familyId, Domain domain) {
		return jdbc.sql("SELECT COALESCE(SUM(entries), 0) FROM story_tally WHERE " + filter(domain))
			.paramSource(filterParams(familyId, domain))
			.query(Long.class)
			.single();
	}

	/** Two plain conditions rather than one with an OR, so that an index serves each. */
	private static String filter(Domain domain) {
		return domain == null ? "family_id = :family" : "family_id = :family AND domain = :domain";
	}

	private static MapSqlParameterSource filterParams(UUID familyId, Domain domain) {
		MapSqlParameterSource params = new MapSqlParameterSource("family", familyId);
		return domain == null ? params : params.addValue("domain", domain.name());
	}

	/** How many strengths, stressors and neutral entries per domain. */
	List<Map.Entry<Domain, Map.Entry<Valence, Long>>> balance(UUID familyId) {
		return jdbc.sql("SELECT domain, valence, entries AS n FROM story_tally WHERE family_id = ?")
			.param(familyId)
			.query((rs, n) -> Map.entry(Domain.valueOf(rs.getString("domain")),
					Map.entry(Valence.valueOf(rs.getString("valence")), rs.getLong("n"))))
			.list();
	}

	/** Where an entry stands in the timeline, from 0. */
	long position(UUID familyId, UUID entryId) {
		return jdbc
			.sql("SELECT rn FROM (SELECT id, ROW_NUMBER() OVER (" + ORDER.replace(" ORDER BY", "ORDER BY")
					+ ") AS rn FROM story_entry WHERE family_id = ?) ordered WHERE id = ?")
			.params(familyId, entryId)
			.query(Long.class)
			.optional()
			.map(rn -> rn - 1)
			.orElse(0L);
	}

	Optional<Entry> find(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM story_entry WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(StoryRepository::entry)
			.optional();
	}

	/** Every entry, for the family's own copy of its story. */
	List<Entry> all(UUID familyId) {
		return jdbc.sql("SELECT * FROM story_entry WHERE family_id = ?" + ORDER)
			.param(familyId)
			.query(StoryRepository::entry)
			.list();
	}

	void insert(UUID familyId, Entry e) {
		jdbc.sql(
				"""
						INSERT INTO story_entry (id, family_id, when_typed, when_from, when_to, precision, what, domain, valence,
						  source, author_id, author_name, author_kind, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(e.id(), familyId, e.when().typed(), e.when().from(), e.when().to(), e.when().precision().name(),
					e.what(), e.domain().name(), e.valence().name(), e.source().name(), e.authorId(), e.authorName(),
					e.authorKind().name(), Utc.of(e.createdAt()))
			.update();
		// the row is made once (a second writer waits, never fails), then counted under
		// its lock
		jdbc.sql(
				"INSERT INTO story_tally (family_id, domain, valence, entries) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")
			.params(familyId, e.domain().name(), e.valence().name())
			.update();
		jdbc.sql("UPDATE story_tally SET entries = entries + 1 WHERE family_id = ? AND domain = ? AND valence = ?")
			.params(familyId, e.domain().name(), e.valence().name())
			.update();
	}

	/** The responses to these entries, oldest first. */
	List<Response> responses(UUID familyId, List<UUID> entryIds) {
		if (entryIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT * FROM story_response WHERE family_id = :family AND entry_id IN (:entries) ORDER BY at, id")
			.paramSource(new MapSqlParameterSource("family", familyId).addValue("entries", entryIds))
			.query((rs, n) -> new Response(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
					ResponseKind.valueOf(rs.getString("kind")), rs.getString("words"), rs.getString("by_name"),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void insert(UUID familyId, Response r, UUID by) {
		jdbc.sql("INSERT INTO story_response (id, entry_id, family_id, kind, words, by_id, by_name, at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.entryId(), familyId, r.kind().name(), r.words(), by, r.byName(), Utc.of(r.at()))
			.update();
	}

	List<Attachment> attachments(UUID familyId, List<UUID> entryIds) {
		if (entryIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT * FROM story_attachment WHERE family_id = :family AND entry_id IN (:entries) ORDER BY at, id")
			.paramSource(new MapSqlParameterSource("family", familyId).addValue("entries", entryIds))
			.query(StoryRepository::attachment)
			.list();
	}

	Optional<Attachment> attachment(UUID familyId, UUID id) {
		return jdbc.sql("SELECT * FROM story_attachment WHERE family_id = ? AND id = ?")
			.params(familyId, id)
			.query(StoryRepository::attachment)
			.optional();
	}

	void insert(UUID familyId, Attachment a) {
		jdbc.sql("""
				INSERT INTO story_attachment (id, entry_id, family_id, file_name, content_type, size_bytes, sha256,
				  by_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(a.id(), a.entryId(), familyId, a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.byName(),
					Utc.of(a.at()))
			.update();
	}

	private static Attachment attachment(ResultSet rs, int n) throws SQLException {
		return new Attachment(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("by_name"), rs.getObject("at", OffsetDateTime.class).toInstant());
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		String precision = rs.getString("precision");
		StoryDate when = new StoryDate(rs.getString("when_typed"), rs.getObject("when_from", LocalDate.class),
				rs.getObject("when_to", LocalDate.class), StoryDate.Precision.valueOf(precision));
		return new Entry(rs.getObject("id", UUID.class), when, rs.getString("what"),
				Domain.valueOf(rs.getString("domain")), Valence.valueOf(rs.getString("valence")),
				Source.valueOf(rs.getString("source")), rs.getObject("author_id", UUID.class),
				rs.getString("author_name"), RelationshipKind.valueOf(rs.getString("author_kind")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
