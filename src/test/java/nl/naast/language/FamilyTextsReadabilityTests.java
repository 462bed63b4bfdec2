package nl.naast.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import nl.naast.language.ReadabilityReport.Level;
import nl.naast.support.NaastTest;

/**
 * Naast's own texts for families pass its own meter at B1. Family-facing texts are those
 * on the pages parents and young people use: their home page, what is asked of them,
 * their plan, their team, their meetings, the access log, forms and errors.
 */
@NaastTest
class FamilyTextsReadabilityTests {

	/** Message keys families read: their pages, and everything on every page. */
	static final List<String> FAMILY_FACING = List.of("home.", "layout.", "form.", "validation.", "error.",
			"accessLog.", "meetings.", "glossary.", "demands.intro.family", "demands.title.family", "plan.intro.family",
			"plan.title.family", "team.intro.family", "team.title.family", "story.", "analysis.", "journey.",
			"legal.family.", "legal.contact.family.", "legal.contact.by.", "legal.contact.outcome.", "legal.status.",
			"trainings.public.");

	/** Keys for professionals only, on pages families also open. */
	static final List<String> FOR_PROFESSIONALS = List.of("meetings.intro.professional", "meetings.title.professional",
			"meetings.summary.", "meetings.field.said", "meetings.field.decided", "meetings.field.means",
			"meetings.field.nextHint", "meetings.field.expectHint", "meetings.agreements.hint", "meetings.calendar.",
			"meetings.week.", "meetings.agreement.", "meetings.validation.stepRefused",
			"meetings.validation.demandForFamily", "meetings.validation.demandRefused", "glossary.admin.",
			"glossary.field.", "glossary.validation.", "story.intro.professional", "story.title.professional",
			"analysis.intro.professional", "analysis.title.professional", "analysis.link", "journey.intro.professional",
			"journey.title.professional", "journey.help.hintProfessional", "journey.mine.", "journey.trends.",
			"journey.notices", "journey.reason.", "journey.respond", "journey.field.response",
			"journey.notice.responded", "journey.overview.");

	@Autowired
	Glossary glossary;

	@Test
	void everyDutchTextForFamiliesReadsAtB1() throws IOException {
		Properties dutch = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource("messages_nl.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			dutch.load(in);
		}
		TreeMap<String, String> offenders = new TreeMap<>();
		for (String key : dutch.stringPropertyNames()) {
			// a reminder or notice in plain words for parents ends in .family
			boolean forParents = key.startsWith("legal.") && key.endsWith(".family");
			if (!forParents && (FAMILY_FACING.stream().noneMatch(key::startsWith)
					|| FOR_PROFESSIONALS.stream().anyMatch(key::startsWith))) {
				continue;
			}
			String text = dutch.getProperty(key).replaceAll("\\{\\d+}", "Sam");
			glossary.measure(text, Locale.forLanguageTag("nl"))
				.filter(report -> report.level() != Level.SIMPLE)
				.ifPresent(report -> offenders.put(key, report.level() + " (Flesch-Douma " + report.score() + ", "
						+ report.averageSentenceLength() + " words per sentence): " + text));
		}
		assertThat(offenders).as("family texts above B1").isEmpty();
	}

}
