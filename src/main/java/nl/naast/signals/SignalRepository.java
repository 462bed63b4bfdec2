package nl.naast.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.Utc;

@Repository
class SignalRepository {

	private static final String BARRIER_COLUMNS = "id, occurred_on, category, organisations, rule, happened, impact, "
			+ "suggestion, theme_id, version, created_at";

	private final JdbcClient jdbc;

	SignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Barrier b, UUID familyId, UUID authorId) {
		jdbc.sql(
				"""
						INSERT INTO signal_barrier (id, occurred_on, category, organisations, rule, happened, impact, suggestion,
						  family_id, theme_id, author_id, version, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0, ?, ?)
						""")
			.params(b.id(), b.occurredOn(), b.category().name(), b.organisations(), b.rule(), b.happened(), b.impact(),
					b.suggestion(), familyId, authorId, Utc.of(b.createdAt()), Utc.of(b.createdAt()))
			.update();
	}

	/** One author's barriers, newest first, with the family each is linked to. */
	Slice<Map.Entry<Barrier, Optional<UUID>>> ofAuthor(UUID authorId, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM signal_barrier WHERE author_id = ?")
			.param(authorId)
			.query(Long.class)
			.single();
		List<Map.Entry<Barrier, Optional<UUID>>> items = jdbc
			.sql("SELECT " + BARRIER_COLUMNS + ", family_id FROM signal_barrier WHERE author_id = ? "
					+ "ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(authorId, page.size(), page.offset())
			.query((rs, n) -> Map.entry(barrier(rs, n), Optional.ofNullable(rs.getObject("family_id", UUID.class))))
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	/** Every barrier, newest first; never with its family or author. */
	Slice<Barrier> all(PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM signal_barrier").query(Long.class).single();
		List<Barrier> items = jdbc
			.sql("SELECT " + BARRIER_COLUMNS + " FROM signal_barrier ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(page.size(), page.offset())
			.query(SignalRepository::barrier)
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	Slice<Barrier> ofTheme(UUID themeId, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM signal_barrier WHERE theme_id = ?")
			.param(themeId)
			.query(Long.class)
			.single();
		List<Barrier> items = jdbc
			.sql("SELECT " + BARRIER_COLUMNS + " FROM signal_barrier WHERE theme_id = ? "
					+ "ORDER BY occurred_on DESC, created_at DESC, id LIMIT ? OFFSET ?")
			.params(themeId, page.size(), page.offset())
			.query(SignalRepository::barrier)
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	/** The barriers of every theme, for the export: one query. */
	List<Barrier> inThemes() {
		return jdbc
			.sql("SELECT " + BARRIER_COLUMNS
					+ " FROM signal_barrier WHERE theme_id IS NOT NULL ORDER BY occurred_on, created_at, id")
			.query(SignalRepository::barrier)
			.list();
	}

	boolean exists(UUID barrierId) {
		return jdbc.sql("SELECT COUNT(*) FROM signal_barrier WHERE id = ?")
			.param(barrierId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws ConcurrentEditException when someone changed the barrier after
	 * {@code version} was read
	 */
	void putInTheme(UUID barrierId, UUID themeId, int version, Instant now) {
		if (jdbc
			.sql("UPDATE signal_barrier SET theme_id = ?, version = version + 1, updated_at = ? "
					+ "WHERE id = ? AND version = ?")
			.params(themeId, Utc.of(now), barrierId, version)
			.update() != 1) {
			throw new ConcurrentEditException("Barrier " + barrierId + " changed meanwhile");
		}
	}

	/**
	 * Takes a barrier out of the theme it is in.
	 * @throws ConcurrentEditException when someone changed the barrier after
	 * {@code version} was read, or it is in no theme (or another) now
	 */
	void takeOutOfTheme(UUID barrierId, UUID themeId, int version, Instant now) {
		if (jdbc
			.sql("UPDATE signal_barrier SET theme_id = NULL, version = version + 1, updated_at = ? "
					+ "WHERE id = ? AND theme_id = ? AND version = ?")
			.params(Utc.of(now), barrierId, themeId, version)
			.update() != 1) {
			throw new ConcurrentEditException("Barrier " + barrierId + " changed meanwhile");
		}
	}

	Map<Category, Long> perCategory(LocalDate from) {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		jdbc.sql("SELECT category, COUNT(*) AS barriers FROM signal_barrier WHERE occurred_on >= ? GROUP BY category")
			.param(from)
			.query((rs, n) -> Map.entry(Category.valueOf(rs.getString("category")), rs.getLong("barriers")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** The organisations field of each barrier since {@code from}, to split and count. */
	List<String> organisations(LocalDate from) {
		return jdbc.sql("SELECT organisations FROM signal_barrier WHERE occurred_on >= ? AND organisations IS NOT NULL")
			.param(from)
			.query(String.class)
			.list();
	}

	/** Barriers per month since {@code from}, by the first day of the month. */
	Map<LocalDate, Long> perMonth(LocalDate from) {
		Map<LocalDate, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT EXTRACT(YEAR FROM occurred_on) AS y, EXTRACT(MONTH FROM occurred_on) AS m, COUNT(*) AS barriers
				FROM signal_barrier WHERE occurred_on >= ?
				GROUP BY EXTRACT(YEAR FROM occurred_on), EXTRACT(MONTH FROM occurred_on)
				""")
			.param(from)
			.query((rs, n) -> Map.entry(LocalDate.of(rs.getInt("y"), rs.getInt("m"), 1), rs.getLong("barriers")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	void insertTheme(Theme t, UUID by) {
		jdbc.sql("""
				INSERT INTO signal_theme (id, title, description, action_taken, version, created_at, created_by,
				  updated_at, updated_by) VALUES (?, ?, ?, NULL, 0, ?, ?, ?, ?)
				""")
			.params(t.id(), t.title(), t.description(), Utc.of(t.createdAt()), by, Utc.of(t.createdAt()), by)
			.update();
	}

	/**
	 * @throws ConcurrentEditException when someone changed the theme after
	 * {@code version} was read
	 */
	void saveAction(UUID themeId, String action, int version, UUID by, Instant now) {
		if (jdbc.sql("""
				UPDATE signal_theme SET action_taken = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ? AND version = ?
				""").params(action, Utc.of(now), by, themeId, version).update() != 1) {
			throw new ConcurrentEditException("Theme " + themeId + " changed meanwhile");
		}
	}

	/**
	 * @throws ConcurrentEditException when someone changed the theme after
	 * {@code version} was read
	 */
	void rename(UUID themeId, String title, String description, int version, UUID by, Instant now) {
		if (jdbc
			.sql("""
					UPDATE signal_theme SET title = ?, description = ?, version = version + 1, updated_at = ?, updated_by = ?
					WHERE id = ? AND version = ?
					""")
			.params(title, description, Utc.of(now), by, themeId, version)
			.update() != 1) {
			throw new ConcurrentEditException("Theme " + themeId + " changed meanwhile");
		}
	}

	/** Every theme, newest first, with how many barriers it holds. */
	List<Theme> themes() {
		return jdbc.sql("""
				SELECT t.*, (SELECT COUNT(*) FROM signal_barrier b WHERE b.theme_id = t.id) AS barriers
				FROM signal_theme t ORDER BY t.created_at DESC, t.id
				""").query(SignalRepository::theme).list();
	}

	Optional<Theme> theme(UUID themeId) {
		return jdbc.sql("""
				SELECT t.*, (SELECT COUNT(*) FROM signal_barrier b WHERE b.theme_id = t.id) AS barriers
				FROM signal_theme t WHERE t.id = ?
				""").param(themeId).query(SignalRepository::theme).optional();
	}

	private static Theme theme(ResultSet rs, int n) throws SQLException {
		return new Theme(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("action_taken"), rs.getLong("barriers"), rs.getInt("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static Barrier barrier(ResultSet rs, int n) throws SQLException {
		return new Barrier(rs.getObject("id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
				Category.valueOf(rs.getString("category")), rs.getString("organisations"), rs.getString("rule"),
				rs.getString("happened"), rs.getString("impact"), rs.getString("suggestion"),
				rs.getObject("theme_id", UUID.class), rs.getInt("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
