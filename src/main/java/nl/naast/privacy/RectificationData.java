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
		// a young person gets only the requests they asked, as on the page
		if (subject.isYouth()) {
			return List.of(FamilyRows.section(jdbc, "privacy.rectifications",
					"SELECT * FROM privacy_rectification WHERE family_id = ? AND asked_by = ? ORDER BY created_at",
					subject.familyId(), subject.requesterId()),
					FamilyRows.section(jdbc, "privacy.rectification-changes",
							"SELECT c.* FROM privacy_rectification_change c JOIN privacy_rectification r "
									+ "ON r.id = c.request_id WHERE c.family_id = ? AND r.family_id = ? "
									+ "AND r.asked_by = ? ORDER BY c.at",
							subject.familyId(), subject.familyId(), subject.requesterId()));
		}
		return List.of(FamilyRows.section(jdbc, "privacy.rectifications",
				"SELECT * FROM privacy_rectification WHERE family_id = ? ORDER BY created_at", subject.familyId()),
				FamilyRows.section(jdbc, "privacy.rectification-changes",
						"SELECT * FROM privacy_rectification_change WHERE family_id = ? ORDER BY at",
						subject.familyId()));
	}

}
