package nl.naast.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.naast.language.ReadabilityReport.Level;

/** The readability formulas, with examples worked out by hand. */
class ReadabilityTests {

	final Readability readability = new Readability(new CommonWords());

	final Annotator annotator = Annotator
		.of(List.of(AnnotatorTests.term("machtiging-uithuisplaatsing", "machtiging uithuisplaatsing", List.of("MUHP"),
				List.of()), AnnotatorTests.term("beschikking", "beschikking", List.of(), List.of())));

	@Test
	void syllablesAreGroupsOfVowelsWithIjAsOne() {
		assertThat(Readability.syllables("ondertoezichtstelling", false)).isEqualTo(6);
		assertThat(Readability.syllables("vrijdag", false)).isEqualTo(2);
		assertThat(Readability.syllables("kat", false)).isEqualTo(1);
		assertThat(Readability.syllables("make", true)).isEqualTo(1);
		assertThat(Readability.syllables("table", true)).isEqualTo(2);
	}

	@Test
	void fleschDoumaByHand() {
		// 6 words, 6 syllables, 1 sentence: 206.84 - 0.77 x 100 - 0.93 x 6 = 124.26
		ReadabilityReport simple = readability.measure("De kat zit op de mat.", Locale.forLanguageTag("nl"), annotator);
		assertThat(simple.words()).isEqualTo(6);
		assertThat(simple.syllables()).isEqualTo(6);
		assertThat(simple.score()).isCloseTo(124.26, within(0.05));
		assertThat(simple.level()).isEqualTo(Level.SIMPLE);
		// 3 words, 9 syllables: 206.84 - 0.77 x 300 - 0.93 x 3 = -26.95
		assertThat(Readability.fleschDouma(3, 1, 9)).isCloseTo(-26.95, within(0.001));
	}

	@Test
	void fleschForEnglishByHand() {
		// 6 words, 6 syllables: 206.835 - 1.015 x 6 - 84.6 x 1 = 116.145
		ReadabilityReport report = readability.measure("The cat sat on the mat.", Locale.ENGLISH, annotator);
		assertThat(report.score()).isCloseTo(116.1, within(0.05));
		assertThat(report.language()).isEqualTo("en");
	}

	@Test
	void longSentencesJargonAndPassivesArePointedAt() {
		String text = "De MUHP is verlengd bij beschikking. De machtiging uithuisplaatsing wordt door de kinderrechter "
				+ "verlengd omdat de gecertificeerde instelling van mening is dat de ontwikkeling van het kind in het "
				+ "gezin nog steeds ernstig wordt bedreigd.";
		ReadabilityReport report = readability.measure(text, Locale.forLanguageTag("nl"), annotator);
		assertThat(report.sentences()).isEqualTo(2);
		assertThat(report.longSentences()).hasSize(1).allMatch(s -> s.startsWith("De machtiging"));
		assertThat(report.jargon()).extracting(ReadabilityReport.Jargon::asWritten)
			.containsExactly("MUHP", "beschikking");
		assertThat(report.passives()).hasSize(1);
		assertThat(report.level()).isNotEqualTo(Level.SIMPLE);
	}

	@Test
	void abbreviationsWrappedLinesAndDiaeresesDoNotFoolTheCount() {
		assertThat(Readability.sentences("Neem bijv. je paspoort mee. Vraag mr. De Boer om uitleg.")).hasSize(2);
		assertThat(Readability
			.sentences("De rechter heeft besloten dat de\nondertoezichtstelling wordt verlengd.\n\nEen nieuwe alinea."))
			.hasSize(2);
		assertThat(Readability.sentences("Wat je meeneemt:\n- je paspoort\n- de brief")).hasSize(3);
		assertThat(Readability.syllables("coördinator", false)).isEqualTo(5);
		assertThat(Readability.syllables("ideeën", false)).isEqualTo(3);
	}

	@Test
	void nothingBreaksOnOddInput() {
		assertThat(readability.measure("", Locale.ROOT, annotator).empty()).isTrue();
		ReadabilityReport odd = readability.measure("<script>x</script> 👍🏽 بيت çocuk!!! ...", Locale.ROOT, annotator);
		assertThat(odd.words()).isPositive();
		ReadabilityReport huge = readability.measure("Dit is een zin. ".repeat(12_000), Locale.ROOT, annotator);
		assertThat(huge.sentences()).isEqualTo(12_000);
		assertThat(huge.level()).isEqualTo(Level.SIMPLE);
	}

}
