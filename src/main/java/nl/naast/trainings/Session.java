package nl.naast.trainings;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A work session, training, talk or guest lecture in the catalogue, described in Dutch
 * and English.
 *
 * @param language the language it is given in: {@code nl}, {@code en} or {@code nl-en}
 * @param priceCents the price per person in euro cents, or null when it is free
 */
public record Session(UUID id, String slug, String titleNl, String titleEn, String summaryNl, String summaryEn,
		String descriptionNl, String descriptionEn, String themesNl, String themesEn, Set<Audience> audience,
		Format format, int durationMinutes, int groupMin, int groupMax, String language, Integer priceCents,
		boolean published, int version) {

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	public String title(Locale locale) {
		return english(locale) ? titleEn : titleNl;
	}

	public String summary(Locale locale) {
		return english(locale) ? summaryEn : summaryNl;
	}

	public String description(Locale locale) {
		return english(locale) ? descriptionEn : descriptionNl;
	}

	public String themes(Locale locale) {
		return english(locale) ? themesEn : themesNl;
	}

	public boolean free() {
		return priceCents == null || priceCents == 0;
	}

	/** The price as people read it, e.g. "395,00" or "395.00". */
	public String price(Locale locale) {
		return priceCents == null ? ""
				: String.format(english(locale) ? Locale.UK : Locale.forLanguageTag("nl"), "%,.2f", priceCents / 100.0);
	}

}
