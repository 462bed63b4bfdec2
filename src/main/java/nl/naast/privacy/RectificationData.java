package nl.naast.privacy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/** The family's requests for correction and every answer to them, in its export. */
@Component
class RectificationData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	RectificationData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		return List.of(FamilyRows.section(jdbc, "privacy.rectifications",
				"SELECT * FROM privacy_rectification WHERE family_id = ? ORDER BY created_at", subject.familyId()),
				FamilyRows.section(jdbc, "privacy.rectification-changes",
						"SELECT * FROM privacy_rectification_change WHERE family_id = ? ORDER BY at",
						subject.familyId()));
	}

}
