package nl.naast.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.naast.language.ReadabilityReport.Jargon;
import nl.naast.language.ReadabilityReport.Level;

/**
 * Measures how readable a text is. The score is the Flesch-Douma formula for Dutch (Douma
 * 1960: 206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence) and the
 * Flesch reading ease for English (206.835 - 1.015 x words per sentence - 84.6 x
 * syllables per word). Syllables are counted as groups of vowels ("ij" is a vowel), which
 * is close for Dutch and rough for English. A formula only sees length, so the level also
 * weighs long sentences, uncommon words and jargon; the result is advice, never a
 * verdict.
 */
final class Readability {

	static final int LONG_SENTENCE = ReadabilityReport.LONG_SENTENCE;

	/** Words of this many letters or more count as long. */
	static final int LONG_WORD = 13;

	/**
	 * A sentence ends at . ! ? or … before a space (not after a common abbreviation such
	 * as "bijv." or "mr."), at an empty line, or at a line break after a line that ends
	 * in punctuation or before a list item. A letter wrapped at the margin stays one
	 * sentence per sentence.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:bijv|bv|o\\.a|art|nr|mr|dr|ca|enz|etc|"
			+ "i\\.v\\.m|m\\.b\\.t|t\\.a\\.v|z\\.s\\.m|e\\.d|e\\.g|i\\.e|vs|st|jl|resp)\\.)(?<=[.!?…])[\"'”’)]*[ \\t]+"
			+ "|\\R[ \\t]*\\R\\s*|(?<=[.!?…:;])[\"'”’)]*[ \\t]*\\R\\s*|\\R(?=[ \\t]*(?:[-•*]|\\d+[.)])\\s)");

	private static final Set<String> DUTCH_PASSIVE_AUX = Set.of("wordt", "worden", "werd", "werden");

	private static final Set<String> ENGLISH_PASSIVE_AUX = Set.of("is", "are", "was", "were", "been", "being", "be");

	private final CommonWords common;

	Readability(CommonWords common) {
		this.common = common;
	}

	ReadabilityReport measure(String text, Locale locale, Annotator annotator) {
		boolean english = "en".equals(locale.getLanguage());
		String language = english ? "en" : "nl";
		List<String> sentences = sentences(text == null ? "" : text);
		int words = 0;
		int syllables = 0;
		int longWords = 0;
		List<String> longSentences = new ArrayList<>();
		List<String> passives = new ArrayList<>();
		Set<String> uncommon = new LinkedHashSet<>();
		for (String sentence : sentences) {
			List<Annotator.Word> inSentence = Annotator.words(sentence)
				.stream()
				.filter(w -> w.text().codePoints().anyMatch(Character::isLetter))
				.toList();
			words += inSentence.size();
			for (int i = 0; i < inSentence.size(); i++) {
				String word = inSentence.get(i).text();
				syllables += syllables(word, english);
				if (word.codePointCount(0, word.length()) >= LONG_WORD) {
					longWords++;
				}
				boolean name = i > 0 && Character.isUpperCase(word.codePointAt(0));
				String folded = Annotator.fold(word);
				if (!name && word.length() > 3 && !common.contains(language, folded)) {
					uncommon.add(folded);
				}
			}
			if (inSentence.size() > LONG_SENTENCE) {
				longSentences.add(sentence);
			}
			if (passive(inSentence, english)) {
				passives.add(sentence);
			}
		}
		Map<String, Jargon> jargon = new LinkedHashMap<>();
		if (text != null) {
			for (Annotator.Match m : annotator.find(text)) {
				jargon.putIfAbsent(m.term().slug(), new Jargon(text.substring(m.start(), m.end()), m.term().slug(),
						m.term().title(), m.term().plain(locale)));
			}
		}
		int sentenceCount = Math.max(1, sentences.size());
		double perSentence = words == 0 ? 0 : (double) words / sentenceCount;
		double score = words == 0 ? 100
				: english ? flesch(words, sentenceCount, syllables) : fleschDouma(words, sentenceCount, syllables);
		double longShare = words == 0 ? 0 : (double) longWords / words;
		Level level = level(score, perSentence, longSentences.size(), uncommon.size(), words, jargon.size());
		return new ReadabilityReport(language, sentences.size(), words, syllables, round(score), round(perSentence),
				round(longShare), level, longSentences, uncommon.stream().limit(20).toList(),
				List.copyOf(jargon.values()), passives);
	}

	/** Douma's adaptation of Flesch for Dutch. */
	static double fleschDouma(int words, int sentences, int syllables) {
		return 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * ((double) words / sentences);
	}

	/** Flesch reading ease, for English. */
	static double flesch(int words, int sentences, int syllables) {
		return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
	}

	/** Below this many words a readability formula says little; other signals decide. */
	static final int SHORT_TEXT = 25;

	/**
	 * For running text the formula first: 60 and up simple, 40 and up fair, lower hard. A
	 * short text (a label, a hint) is simple by itself. Then a text is at least fair with
	 * sentences of more than 15 words on average, any sentence over 20 words, more than a
	 * quarter uncommon words (from 8 words on), or more than one jargon term per 15
	 * words; and hard with sentences of more than 25 words on average.
	 */
	static Level level(double score, double perSentence, int longSentences, int uncommon, int words, int jargon) {
		Level level = words < SHORT_TEXT || score >= 60 ? Level.SIMPLE : score >= 40 ? Level.FAIR : Level.HARD;
		boolean strain = perSentence > 15 || longSentences > 0 || (words >= 8 && uncommon * 4 > words)
				|| jargon * 15 > Math.max(words, 15);
		if (strain && level == Level.SIMPLE) {
			level = Level.FAIR;
		}
		if (perSentence > 25) {
			level = Level.HARD;
		}
		return level;
	}

	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String part : SENTENCE_END.split(text.strip())) {
			if (part.codePoints().anyMatch(Character::isLetter)) {
				sentences.add(part.strip());
			}
		}
		return sentences;
	}

	/**
	 * Groups of vowels; in Dutch "ij" is one vowel, in English a silent final "e" is
	 * none.
	 */
	static int syllables(String word, boolean english) {
		String w = Annotator.fold(word);
		int count = 0;
		boolean inVowel = false;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			boolean vowel = "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0
					|| (!english && c == 'j' && i > 0 && w.charAt(i - 1) == 'i');
			// a diaeresis starts a new syllable: co-ör-di-na-tor, i-dee-ën
			boolean diaeresis = "äëïöü".indexOf(c) >= 0;
			if (vowel && (!inVowel || diaeresis)) {
				count++;
			}
			inVowel = vowel;
		}
		if (english && count > 1 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
			count--;
		}
		return Math.max(1, count);
	}

	/**
	 * Dutch: a form of "worden" with a past participle (ge...d/t/en) in the same
	 * sentence. English: a form of "to be" followed within three words by a word in -ed
	 * or -en.
	 */
	static boolean passive(List<Annotator.Word> words, boolean english) {
		for (int i = 0; i < words.size(); i++) {
			String w = Annotator.fold(words.get(i).text());
			if (!english && DUTCH_PASSIVE_AUX.contains(w)) {
				for (Annotator.Word other : words) {
					String o = Annotator.fold(other.text());
					if (participle(o)) {
						return true;
					}
				}
			}
			if (english && ENGLISH_PASSIVE_AUX.contains(w)) {
				for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
					String o = Annotator.fold(words.get(j).text());
					if (o.length() > 3 && (o.endsWith("ed") || o.endsWith("en"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * A Dutch past participle, roughly: ge-, be-, ver-, ont-, her- or er- before a stem
	 * ending in -d, -t or -en (gezien, verlengd, bedreigd, ontslagen).
	 */
	static boolean participle(String word) {
		return word.length() > 5 && PARTICIPLE.matcher(word).matches() && !NOT_PARTICIPLES.contains(word);
	}

	private static final Pattern PARTICIPLE = Pattern.compile("(ge|be|ver|ont|her|er)\\p{L}{2,}(d|t|en)");

	private static final Set<String> NOT_PARTICIPLES = Set.of("gezinnen", "geleden", "geweest", "gebied", "gebeurt",
			"bericht", "gesprekken", "geboren", "verschillende", "ervaren", "gedrag", "begint", "besluit", "belangrijk",
			"verblijft", "ontbijt", "verhalen", "verder");

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
