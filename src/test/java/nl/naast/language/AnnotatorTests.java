package nl.naast.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Finding jargon in running text: whole words only, inflected forms, exact abbreviations.
 */
class AnnotatorTests {

	static GlossaryTerm term(String slug, String term, List<String> abbreviations, List<String> synonyms) {
		return new GlossaryTerm(slug, term, abbreviations, synonyms, "Uitleg van " + term + ".",
				"Explanation of " + term + ".", List.of(), 0, "Naast", Instant.EPOCH);
	}

	final Annotator annotator = Annotator.of(List.of(term("beschikking", "beschikking", List.of(), List.of()),
			term("machtiging-uithuisplaatsing", "machtiging uithuisplaatsing", List.of("MUHP"), List.of()),
			term("uithuisplaatsing", "uithuisplaatsing", List.of("UHP"), List.of()),
			term("ondertoezichtstelling", "ondertoezichtstelling", List.of("OTS"),
					List.of("kinderbeschermingsmaatregel")),
			term("voorlopige-ondertoezichtstelling", "voorlopige ondertoezichtstelling", List.of("VOTS"), List.of()),
			term("gezag", "gezag", List.of(), List.of()), term("huis", "huis", List.of(), List.of()),
			term("raad", "Raad voor de Kinderbescherming", List.of("RvdK"), List.of())));

	private List<String> found(String text) {
		return annotator.find(text)
			.stream()
			.map(m -> text.substring(m.start(), m.end()) + "=" + m.term().slug())
			.toList();
	}

	@Test
	void pluralsAndInflectionsAreFoundCaseInsensitively() {
		assertThat(found("Er zijn twee Beschikkingen. De voorlopige ondertoezichtstelling loopt.")).containsExactly(
				"Beschikkingen=beschikking", "voorlopige ondertoezichtstelling=voorlopige-ondertoezichtstelling");
		assertThat(found("De huizen en het gezag.")).containsExactly("huizen=huis", "gezag=gezag");
	}

	@Test
	void openSyllablePluralsAndPluralAbbreviations() {
		Annotator more = Annotator.of(List.of(term("advocaat", "advocaat", List.of(), List.of()),
				term("bezwaar", "bezwaar", List.of(), List.of()),
				term("gi", "gecertificeerde instelling", List.of("GI"), List.of())));
		assertThat(more.find("Twee advocaten, drie bezwaren en de GI's.")).extracting(m -> m.term().slug())
			.containsExactly("advocaat", "bezwaar", "gi");
	}

	@Test
	void aTermNeverMatchesInsideAnotherWord() {
		assertThat(found("Het gezagsbeëindigende besluit, de thuishulp en het ouderlijk huisje.")).isEmpty();
		assertThat(found("otsen Otsego")).isEmpty();
	}

	@Test
	void abbreviationsMatchExactlyAlsoNextToPunctuation() {
		assertThat(found("De OTS, (MUHP) en UHP. Niet: ots of Muhp.")).containsExactly("OTS=ondertoezichtstelling",
				"MUHP=machtiging-uithuisplaatsing", "UHP=uithuisplaatsing");
		assertThat(found("RvdK-onderzoek")).containsExactly("RvdK=raad");
	}

	@Test
	void whereTermsOverlapTheLongestWins() {
		assertThat(found("Een machtiging uithuisplaatsing is geen uithuisplaatsing.")).containsExactly(
				"machtiging uithuisplaatsing=machtiging-uithuisplaatsing", "uithuisplaatsing=uithuisplaatsing");
		assertThat(found("de raad voor de kinderbescherming")).containsExactly("raad voor de kinderbescherming=raad");
	}

	@Test
	void markupEmojiAndOtherScriptsAreOnlyText() {
		assertThat(found("<b>OTS</b> 👍🏽 بيت çocuk ÖTS")).containsExactly("OTS=ondertoezichtstelling");
		assertThat(found("")).isEmpty();
	}

	@Test
	void explainingEscapesWhatWasWrittenAndExplainsInPlace() {
		GlossaryTerm ots = term("ondertoezichtstelling", "ondertoezichtstelling", List.of("OTS"), List.of());
		Annotator one = Annotator.of(List.of(ots));
		String html = Glossary.render("<script>alert(1)</script> De OTS & meer", one, Locale.forLanguageTag("nl"));
		assertThat(html)
			.startsWith("&lt;script&gt;alert(1)&lt;/script&gt; De <details class=\"term\"><summary>OTS</summary>")
			.contains("Uitleg van ondertoezichtstelling.")
			.contains("href=\"/glossary/ondertoezichtstelling\"")
			.endsWith("</details> &amp; meer");
		assertThat(Glossary.render("The OTS", one, Locale.ENGLISH)).contains("Explanation of ondertoezichtstelling.");
	}

	@Test
	void aLongTextStaysLinear() {
		String text = "De kinderrechter gaf een beschikking over de ondertoezichtstelling. ".repeat(20_000);
		long start = System.nanoTime();
		assertThat(annotator.find(text)).hasSize(40_000);
		// far below a second on any machine: a regular expression per term would not be
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
	}

}
