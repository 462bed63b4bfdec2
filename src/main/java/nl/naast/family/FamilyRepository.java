package nl.naast.family;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.Utc;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;

/**
 * Stores a family with its carers and children as one unit, guarded by the family's
 * version.
 */
@Repository
class FamilyRepository {

	private final JdbcClient jdbc;

	FamilyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Family> find(UUID id) {
		Optional<FamilyRow> row = jdbc.sql("SELECT * FROM family WHERE id = ?")
			.param(id)
			.query((rs, n) -> new FamilyRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("strengths"), rs.getString("concerns"), rs.getInt("version"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
		return row.map(r -> new Family(r.id(), r.name(), carers(id), children(id), r.strengths(), r.concerns(),
				r.version(), r.createdAt(), r.updatedAt()));
	}

	private List<Carer> carers(UUID familyId) {
		return jdbc.sql("SELECT * FROM family_carer WHERE family_id = ? ORDER BY position")
			.param(familyId)
			.query((rs, n) -> new Carer(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("phone"),
					rs.getString("email"), rs.getString("preferred_language")))
			.list();
	}

	private List<Child> children(UUID familyId) {
		return jdbc.sql("SELECT * FROM family_child WHERE family_id = ? ORDER BY position")
			.param(familyId)
			.query((rs, n) -> new Child(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("date_of_birth", LocalDate.class),
					LivingSituation.valueOf(rs.getString("living_situation")),
					rs.getObject("living_since", LocalDate.class), rs.getString("living_with"), rs.getString("email")))
			.list();
	}

	void insert(Family family, UUID by, Instant now) {
		jdbc.sql("""
				INSERT INTO family (id, name, strengths, concerns, version, created_at, created_by, updated_at,
				  updated_by)
				VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)
				""")
			.params(family.id(), family.name(), family.strengths(), family.concerns(), Utc.of(now), by, Utc.of(now), by)
			.update();
		saveMembers(family, by, now);
	}

	/**
	 * Saves the family if nobody saved it since {@code family.version()} was read.
	 * @throws ConcurrentEditException when someone else saved first; nothing is written
	 * then
	 */
	void update(Family family, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE family SET name = ?, strengths = ?, concerns = ?, version = version + 1, updated_at = ?,
				  updated_by = ?
				WHERE id = ? AND version = ?
				""")
			.params(family.name(), family.strengths(), family.concerns(), Utc.of(now), by, family.id(),
					family.version())
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Family " + family.id() + " was changed by someone else");
		}
		saveMembers(family, by, now);
	}

	/**
	 * Updates carers and children that exist, inserts new ones, removes the ones no
	 * longer listed.
	 */
	private void saveMembers(Family family, UUID by, Instant now) {
		Set<UUID> keptCarers = new HashSet<>();
		int position = 0;
		for (Carer carer : family.carers()) {
			UUID id = carer.id() == null ? Ids.next() : carer.id();
			keptCarers.add(id);
			int updated = carer.id() == null ? 0 : jdbc.sql("""
					UPDATE family_carer SET name = ?, phone = ?, email = ?, preferred_language = ?, position = ?,
					  version = version + 1, updated_at = ?, updated_by = ?
					WHERE id = ? AND family_id = ?
					""")
				.params(carer.name(), carer.phone(), carer.email(), carer.preferredLanguage(), position, Utc.of(now),
						by, id, family.id())
				.update();
			if (updated == 0) {
				jdbc.sql("""
						INSERT INTO family_carer (id, family_id, name, phone, email, preferred_language, position,
						  version, created_at, created_by, updated_at, updated_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
						""")
					.params(id, family.id(), carer.name(), carer.phone(), carer.email(), carer.preferredLanguage(),
							position, Utc.of(now), by, Utc.of(now), by)
					.update();
			}
			position++;
		}
		Set<UUID> keptChildren = new HashSet<>();
		position = 0;
		for (Child child : family.children()) {
			UUID id = child.id() == null ? Ids.next() : child.id();
			keptChildren.add(id);
			int updated = child.id() == null ? 0 : jdbc.sql("""
					UPDATE family_child SET name = ?, date_of_birth = ?, living_situation = ?, living_since = ?,
					  living_with = ?, email = ?, position = ?, version = version + 1, updated_at = ?, updated_by = ?
					WHERE id = ? AND family_id = ?
					""")
				.params(child.name(), child.dateOfBirth(), child.livingSituation().name(), child.livingSince(),
						child.livingWith(), child.email(), position, Utc.of(now), by, id, family.id())
				.update();
			if (updated == 0) {
				jdbc.sql("""
						INSERT INTO family_child (id, family_id, name, date_of_birth, living_situation, living_since,
						  living_with, email, position, version, created_at, created_by, updated_at, updated_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
						""")
					.params(id, family.id(), child.name(), child.dateOfBirth(), child.livingSituation().name(),
							child.livingSince(), child.livingWith(), child.email(), position, Utc.of(now), by,
							Utc.of(now), by)
					.update();
			}
			position++;
		}
		removeOthers("family_carer", family.id(), keptCarers);
		removeOthers("family_child", family.id(), keptChildren);
	}

	private void removeOthers(String table, UUID familyId, Set<UUID> kept) {
		List<UUID> existing = jdbc.sql("SELECT id FROM " + table + " WHERE family_id = ?")
			.param(familyId)
			.query(UUID.class)
			.list();
		List<UUID> gone = new ArrayList<>(existing);
		gone.removeAll(kept);
		if (!gone.isEmpty()) {
			jdbc.sql("DELETE FROM " + table + " WHERE family_id = :family AND id IN (:ids)")
				.param("family", familyId)
				.param("ids", gone)
				.update();
		}
	}

	/** A page of the given families whose name contains the query, by name. */
	Slice<FamilySummary> search(List<UUID> familyIds, String query, PageRequest page) {
		if (familyIds.isEmpty()) {
			return new Slice<>(List.of(), page.page(), page.size(), 0);
		}
		String like = likePattern(query);
		long total = jdbc.sql("SELECT COUNT(*) FROM family WHERE id IN (:ids) AND LOWER(name) LIKE :q ESCAPE '\\'")
			.param("ids", familyIds)
			.param("q", like)
			.query(Long.class)
			.single();
		List<FamilySummary> items = jdbc.sql("""
				SELECT f.id, f.name, f.updated_at,
				  (SELECT COUNT(*) FROM family_child c WHERE c.family_id = f.id) AS children
				FROM family f WHERE f.id IN (:ids) AND LOWER(f.name) LIKE :q ESCAPE '\\'
				ORDER BY LOWER(f.name), f.id LIMIT :limit OFFSET :offset
				""")
			.param("ids", familyIds)
			.param("q", like)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(FamilyRepository::summary)
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	/**
	 * These families with their members, in three queries however many there are: for
	 * checking a text against the details of all of them.
	 */
	List<Family> findAll(Collection<UUID> familyIds) {
		if (familyIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Carer>> carers = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM family_carer WHERE family_id IN (:ids) ORDER BY family_id, position")
			.param("ids", familyIds)
			.query(rs -> {
				carers.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
					.add(new Carer(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("phone"),
							rs.getString("email"), rs.getString("preferred_language")));
			});
		Map<UUID, List<Child>> children = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM family_child WHERE family_id IN (:ids) ORDER BY family_id, position")
			.param("ids", familyIds)
			.query(rs -> {
				children.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new ArrayList<>())
					.add(new Child(rs.getObject("id", UUID.class), rs.getString("name"),
							rs.getObject("date_of_birth", LocalDate.class),
							LivingSituation.valueOf(rs.getString("living_situation")),
							rs.getObject("living_since", LocalDate.class), rs.getString("living_with"),
							rs.getString("email")));
			});
		return jdbc.sql("SELECT * FROM family WHERE id IN (:ids) ORDER BY id")
			.param("ids", familyIds)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Family(id, rs.getString("name"), carers.getOrDefault(id, List.of()),
						children.getOrDefault(id, List.of()), rs.getString("strengths"), rs.getString("concerns"),
						rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant());
			})
			.list();
	}

	/** The names of these families, by id. */
	Map<UUID, String> names(Collection<UUID> familyIds) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (familyIds.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM family WHERE id IN (:ids) ORDER BY LOWER(name), id")
			.param("ids", familyIds)
			.query(rs -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		return names;
	}

	/** All families by name, for administrators dividing the caseload: names only. */
	Slice<FamilySummary> directory(String query, PageRequest page) {
		String like = likePattern(query);
		long total = jdbc.sql("SELECT COUNT(*) FROM family WHERE LOWER(name) LIKE ? ESCAPE '\\'")
			.param(like)
			.query(Long.class)
			.single();
		List<FamilySummary> items = jdbc.sql("""
				SELECT f.id, f.name, f.updated_at,
				  (SELECT COUNT(*) FROM family_child c WHERE c.family_id = f.id) AS children
				FROM family f WHERE LOWER(f.name) LIKE ? ESCAPE '\\'
				ORDER BY LOWER(f.name), f.id LIMIT ? OFFSET ?
				""").params(like, page.size(), page.offset()).query(FamilyRepository::summary).list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	private static FamilySummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new FamilySummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("children"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/** Searching for "50%" or "a_b" means those characters, not wildcards. */
	private static String likePattern(String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private record FamilyRow(UUID id, String name, String strengths, String concerns, int version, Instant createdAt,
			Instant updatedAt) {
	}

}
