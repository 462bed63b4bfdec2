package nl.naast.family;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/**
 * Erases the family itself, its carers and children, after every part that refers to it.
 */
@Component
class FamilyFileErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	FamilyFileErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String part() {
		return "family";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return jdbc.sql("DELETE FROM family_carer WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM family_child WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM family WHERE id = ?").param(familyId).update();
	}

}
