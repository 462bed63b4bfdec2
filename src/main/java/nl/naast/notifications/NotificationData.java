package nl.naast.notifications;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * The in-app notices sent to the family's own people about this family's file. Notices to
 * professionals are theirs, and notices about another family (a carer may be in two) stay
 * out: the link tells which file a notice is about.
 */
@Component
class NotificationData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	NotificationData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("OVERVIEW") && !subject.memberAccountIds().isEmpty()) {
			String file = "/families/" + subject.familyId();
			sections.add(new FamilyDataSection("notifications",
					jdbc.sql("""
							SELECT id, recipient_id, kind, message_key, arguments, link, created_at, read_at
							FROM notification WHERE recipient_id IN (:people) AND (link = :file OR link LIKE :inFile)
							ORDER BY created_at
							""")
						.param("people", subject.memberAccountIds())
						.param("file", file)
						.param("inFile", file + "/%")
						.query(FamilyRows::row)
						.list()));
		}
		return sections;
	}

}
