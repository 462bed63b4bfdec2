package nl.naast.language;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One term of the glossary.
 *
 * @param slug its address: {@code /glossary/<slug>}
 * @param abbreviations matched exactly as written (OTS, not ots)
 * @param synonyms other ways people write or say it, matched like the term
 * @param related slugs of related terms
 */
public record GlossaryTerm(String slug, String term, List<String> abbreviations, List<String> synonyms, String plainNl,
		String plainEn, List<String> related, int version, String updatedByName, Instant updatedAt) {

	/** The explanation in the reader's language: English for English, Dutch otherwise. */
	public String plain(Locale locale) {
		return "en".equals(locale.getLanguage()) ? plainEn : plainNl;
	}

	/** The term with its abbreviations, e.g. "ondertoezichtstelling (OTS)". */
	public String title() {
		return abbreviations.isEmpty() ? term : term + " (" + String.join(", ", abbreviations) + ")";
	}

}
