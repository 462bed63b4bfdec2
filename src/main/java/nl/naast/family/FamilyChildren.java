package nl.naast.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyGrant;
import nl.naast.access.RelationshipKind;
import nl.naast.shared.NotFoundException;

/**
 * The children of a family as other parts of the file need them: a measure or a contact
 * arrangement is always for one child, and every measure ends when the child turns 18.
 */
@Service
public class FamilyChildren {

	private final FamilyRepository families;

	private final JdbcClient jdbc;

	FamilyChildren(FamilyRepository families, JdbcClient jdbc) {
		this.families = families;
		this.jdbc = jdbc;
	}

	/** A child by name and date of birth. */
	public record ChildFacts(UUID id, String name, LocalDate dateOfBirth) {

		public LocalDate adultOn() {
			return dateOfBirth.plusYears(18);
		}

	}

	/**
	 * The children, for a caller whose own access check has passed; a young person gets
	 * only themselves.
	 */
	@Transactional(readOnly = true)
	public List<ChildFacts> of(FamilyGrant grant) {
		Family family = families.find(grant.familyId()).orElseThrow(() -> new NotFoundException("No family"));
		return family.children()
			.stream()
			.filter(c -> grant.relationship() != RelationshipKind.YOUTH || c.id().equals(grant.memberId()))
			.map(c -> new ChildFacts(c.id(), c.name(), c.dateOfBirth()))
			.toList();
	}

	/**
	 * The children of several families at once, for a caller who checked access to each
	 * family.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, List<ChildFacts>> ofFamilies(List<UUID> familyIds) {
		java.util.Map<UUID, List<ChildFacts>> byFamily = new java.util.HashMap<>();
		if (familyIds.isEmpty()) {
			return byFamily;
		}
		jdbc.sql(
				"SELECT family_id, id, name, date_of_birth FROM family_child WHERE family_id IN (:ids) ORDER BY position")
			.param("ids", familyIds)
			.query((rs, n) -> byFamily
				.computeIfAbsent(rs.getObject("family_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new ChildFacts(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getObject("date_of_birth", LocalDate.class))))
			.list();
		return byFamily;
	}

	/** Family names by id, for a caller who checked access to each family. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> familyNames(List<UUID> familyIds) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		if (!familyIds.isEmpty()) {
			jdbc.sql("SELECT id, name FROM family WHERE id IN (:ids)")
				.param("ids", familyIds)
				.query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
				.list();
		}
		return names;
	}

	/** A child turning 18 in a period, and where. */
	public record Birthday(UUID familyId, String familyName, UUID childId, String childName, LocalDate adultOn) {
	}

	/**
	 * Children of every family who turn 18 in a period, for the system's daily reminders;
	 * who hears of it is decided per person by the caller.
	 */
	@Transactional(readOnly = true)
	public List<Birthday> turningAdult(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT c.family_id, f.name AS family_name, c.id, c.name, c.date_of_birth FROM family_child c
				JOIN family f ON f.id = c.family_id
				WHERE c.date_of_birth BETWEEN ? AND ? ORDER BY c.date_of_birth""")
			.params(from.minusYears(18), to.minusYears(18))
			.query((rs, n) -> new Birthday(rs.getObject("family_id", UUID.class), rs.getString("family_name"),
					rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("date_of_birth", LocalDate.class).plusYears(18)))
			.list();
	}

}
