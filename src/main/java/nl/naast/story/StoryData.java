package nl.naast.story;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * The story in both voices (entries, and the family's answers with "klopt niet" among
 * them), attachments by name and checksum, and the analysis, for the family's export.
 */
@Component
class StoryData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	StoryData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		List<FamilyDataSection> sections = new ArrayList<>();
		if (subject.sees("STORY")) {
			sections.add(FamilyRows.section(jdbc, "story.entries",
					"SELECT * FROM story_entry WHERE family_id = ? ORDER BY when_from, created_at",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "story.responses",
					"SELECT * FROM story_response WHERE family_id = ? ORDER BY at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "story.attachments",
					"SELECT id, entry_id, family_id, file_name, content_type, size_bytes, sha256, by_name, at "
							+ "FROM story_attachment WHERE family_id = ? ORDER BY at",
					subject.familyId()));
		}
		if (subject.sees("ANALYSIS")) {
			sections.add(FamilyRows.section(jdbc, "analysis.factors",
					"SELECT * FROM analysis_factor WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "analysis.evidence",
					"SELECT * FROM analysis_evidence WHERE family_id = ? ORDER BY factor_id, entry_id",
					subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "analysis.links",
					"SELECT * FROM analysis_link WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "analysis.questions",
					"SELECT * FROM analysis_question WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "analysis.explanation",
					"SELECT * FROM analysis_explanation WHERE family_id = ?", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "analysis.possibilities",
					"SELECT * FROM analysis_possibility WHERE family_id = ? ORDER BY created_at", subject.familyId()));
			sections.add(FamilyRows.section(jdbc, "analysis.versions",
					"SELECT * FROM analysis_version WHERE family_id = ? ORDER BY number", subject.familyId()));
		}
		return sections;
	}

}
