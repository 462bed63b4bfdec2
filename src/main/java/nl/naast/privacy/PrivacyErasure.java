package nl.naast.privacy;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.FamilyErasure;

/** Erases the family's requests for correction, their answers before the requests. */
@Component
class PrivacyErasure implements FamilyErasure {

	private final JdbcClient jdbc;

	PrivacyErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "privacy";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		return jdbc.sql("DELETE FROM privacy_rectification_change WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM privacy_rectification WHERE family_id = ?").param(familyId).update();
	}

}
