package nl.naast.language;

import java.util.List;

/**
 * How readable a text is, with what to do about it.
 *
 * @param score Flesch-Douma for Dutch, Flesch reading ease for English: higher is easier,
 * 60 and up reads well for most people
 * @param longWordShare the share of words of 13 letters or more
 * @param longSentences sentences of more than {@link #LONG_SENTENCE} words
 * @param uncommonWords words not among the common words of the language (names left out)
 * @param jargon glossary terms in the text, each with its plain explanation
 * @param passives sentences written in the passive voice, where it can be told
 */
public record ReadabilityReport(String language, int sentences, int words, int syllables, double score,
		double averageSentenceLength, double longWordShare, Level level, List<String> longSentences,
		List<String> uncommonWords, List<Jargon> jargon, List<String> passives) {

	/** A sentence longer than this is hard to follow at B1. */
	public static final int LONG_SENTENCE = 20;

	/** How hard a text is, in the levels of the Common European Framework. */
	public enum Level {

		/** eenvoudig: most people read it (B1) */
		SIMPLE,
		/** redelijk: needs some schooling (B2) */
		FAIR,
		/** moeilijk: for the highly educated (C1 and up) */
		HARD

	}

	/** A glossary term found, as written in the text, and the plain words for it. */
	public record Jargon(String asWritten, String slug, String term, String plain) {
	}

	public boolean empty() {
		return words == 0;
	}

}
