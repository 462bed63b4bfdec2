package nl.naast.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Jargon annotation and the readability meter on any text a professional pastes: nothing
 * throws, the annotated HTML holds only the explanations Naast writes (no markup from the
 * text), and matches stay inside the text, in order, without overlap.
 *
 * <p>
 * A plain {@code ./mvnw test} replays the seed corpus in
 * {@code src/test/resources/nl/naast/language/LanguageFuzzTestsInputs/}. To fuzz one
 * target:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='LanguageFuzzTests#<method>' -Dsurefire.failIfNoSpecifiedTests=false}
 * (stops after {@code maxDuration}); a finding is written next to the seeds as
 * {@code crash-<sha1>}: fix it and keep it there.
 */
@Tag("fuzz")
class LanguageFuzzTests {

	static GlossaryTerm term(String term, List<String> abbreviations, List<String> synonyms) {
		return new GlossaryTerm(Glossary.slug(term), term, abbreviations, synonyms,
				"Uitleg <b>van</b> \"" + term + "\" & meer.", "Explanation <script>x()</script> of " + term + ".",
				List.of(), 0, "Naast", Instant.EPOCH);
	}

	static final Annotator GLOSSARY = Annotator.of(List.of(term("beschikking", List.of(), List.of()),
			term("machtiging uithuisplaatsing", List.of("MUHP"), List.of()),
			term("uithuisplaatsing", List.of("UHP"), List.of()),
			term("ondertoezichtstelling", List.of("OTS"), List.of("kinderbeschermingsmaatregel")),
			term("voorlopige ondertoezichtstelling", List.of("VOTS"), List.of()),
			term("gecertificeerde instelling", List.of("GI"), List.of()), term("gezag", List.of(), List.of()),
			term("Raad voor de Kinderbescherming", List.of("RvdK"), List.of()),
			term("kind's <zaak>", List.of("K&Z"), List.of("Ölçü"))));

	static final Set<String> WRITTEN_BY_NAAST = Set.of("details", "summary", "span", "a");

	@FuzzTest(maxDuration = "60s")
	void annotatedTextIsEscapedAndKeepsEveryCharacter(FuzzedDataProvider data) {
		boolean english = data.consumeBoolean();
		String text = data.consumeRemainingAsString();
		Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("nl");
		String html = Glossary.render(text, GLOSSARY, locale);
		// jsoup reads U+FFFF as the end of its input; browsers keep reading
		Document page = Jsoup.parseBodyFragment(html.replace('\uFFFF', '\uFFFD'));
		int explained = 0;
		for (Element element : page.body().getAllElements()) {
			if (element == page.body()) {
				continue;
			}
			assertThat(WRITTEN_BY_NAAST).as("element in %s", html).contains(element.normalName());
			element.attributes()
				.forEach(a -> assertThat(a.getKey()).as("attribute in %s", html).isIn("class", "lang", "href"));
			if (element.normalName().equals("a")) {
				assertThat(element.attr("href")).matches("/glossary/[a-z0-9-]+");
			}
			if (element.normalName().equals("details")) {
				explained++;
			}
		}
		assertThat(explained).isEqualTo(GLOSSARY.find(text).size());
		page.select(".term-explain").remove();
		// the reader sees the text as typed (but for how HTML parsers treat CR and NUL)
		assertThat(asParsed(page.body().wholeText())).isEqualTo(asParsed(text));
	}

	private static String asParsed(String text) {
		return text.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace("\0", "")
			.replace("\uFFFD", "")
			.replace("\uFFFF", "");
	}

	@FuzzTest(maxDuration = "60s")
	void anyGlossaryFindsMatchesInsideTheTextInOrder(FuzzedDataProvider data) {
		List<GlossaryTerm> terms = new ArrayList<>();
		int count = data.consumeInt(0, 6);
		for (int i = 0; i < count; i++) {
			String name = data.consumeString(30);
			List<String> abbreviations = data.consumeBoolean() ? List.of(data.consumeString(8)) : List.of();
			List<String> synonyms = data.consumeBoolean() ? List.of(data.consumeString(20)) : List.of();
			terms
				.add(new GlossaryTerm("t" + i, name, abbreviations, synonyms, "", "", List.of(), 0, "", Instant.EPOCH));
		}
		String text = data.consumeRemainingAsString();
		List<Annotator.Match> matches = Annotator.of(terms).find(text);
		int end = 0;
		for (Annotator.Match m : matches) {
			assertThat(m.start()).isGreaterThanOrEqualTo(end);
			assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
			assertThat(terms).contains(m.term());
			end = m.end();
		}
		// the same terms find the same matches again: annotation is deterministic
		assertThat(Annotator.of(terms).find(text)).isEqualTo(matches);
	}

	static final Readability READABILITY = new Readability(new CommonWords());

	@FuzzTest(maxDuration = "60s")
	void theMeterMeasuresAnyText(FuzzedDataProvider data) {
		boolean english = data.consumeBoolean();
		String text = data.consumeRemainingAsString();
		ReadabilityReport report = READABILITY.measure(text, english ? Locale.ENGLISH : Locale.forLanguageTag("nl"),
				GLOSSARY);
		assertThat(report.level()).isNotNull();
		assertThat(report.words()).isNotNegative();
		assertThat(report.sentences()).isNotNegative();
		assertThat(report.syllables()).isGreaterThanOrEqualTo(report.words() == 0 ? 0 : 1);
		assertThat(report.score()).isFinite();
		assertThat(report.averageSentenceLength()).isFinite().isNotNegative();
		assertThat(report.longWordShare()).isBetween(0.0, 1.0);
		assertThat(report.uncommonWords()).hasSizeLessThanOrEqualTo(20);
		report.jargon().forEach(j -> assertThat(text).contains(j.asWritten()));
	}

}
