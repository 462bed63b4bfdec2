package nl.naast.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds glossary terms in running text, over words rather than characters: a term never
 * matches inside another word. Terms and synonyms match whatever their case and in their
 * plural or inflected form ("beschikkingen"); abbreviations only exactly as written.
 * Where terms overlap, the longest wins. One pass over the words, walking a trie of term
 * words from each position, so a long letter costs little more than a short one.
 */
final class Annotator {

	/** A term found in the text, from {@code start} to {@code end} (characters). */
	record Match(int start, int end, GlossaryTerm term) {
	}

	/** A word of the text and where it stands. */
	record Word(int start, int end, String text) {
	}

	private static final class Node {

		final Map<String, Node> next = new HashMap<>();

		GlossaryTerm term;

	}

	private final Node words = new Node();

	private final Node exact = new Node();

	private Annotator() {
	}

	static Annotator of(List<GlossaryTerm> terms) {
		Annotator annotator = new Annotator();
		for (GlossaryTerm term : terms) {
			annotator.add(annotator.words, term.term(), term, true);
			term.synonyms().forEach(s -> annotator.add(annotator.words, s, term, true));
			term.abbreviations().forEach(a -> annotator.add(annotator.exact, a, term, false));
		}
		return annotator;
	}

	private void add(Node root, String phrase, GlossaryTerm term, boolean foldCase) {
		Node node = root;
		for (Word word : words(phrase)) {
			node = node.next.computeIfAbsent(foldCase ? fold(word.text()) : word.text(), w -> new Node());
		}
		if (node != root && node.term == null) {
			node.term = term;
		}
	}

	/** Every term in the text, left to right, the longest where they overlap. */
	List<Match> find(String text) {
		List<Word> words = words(text);
		List<Match> found = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Match best = null;
			int bestEnd = i;
			for (Node root : new Node[] { this.words, exact }) {
				boolean fold = root == this.words;
				Node node = root;
				for (int j = i; j < words.size() && node != null; j++) {
					String word = fold ? fold(words.get(j).text()) : words.get(j).text();
					// the last word of a term may be inflected: beschikkingen, ouders,
					// kind's
					for (String form : fold ? forms(word) : abbreviationForms(word)) {
						Node last = node.next.get(form);
						if (last != null && last.term != null && j + 1 > bestEnd) {
							best = new Match(words.get(i).start(), words.get(j).end(), last.term);
							bestEnd = j + 1;
						}
					}
					node = node.next.get(word);
				}
			}
			if (best != null) {
				found.add(best);
				i = bestEnd;
			}
			else {
				i++;
			}
		}
		return found;
	}

	/**
	 * The word as written and the forms it may be the plural or inflection of:
	 * beschikkingen → beschikking, ouders → ouder, huizen → huis, brieven → brief,
	 * zittingen → zitting, bussen → bus.
	 */
	static List<String> forms(String word) {
		List<String> forms = new ArrayList<>(4);
		forms.add(word);
		int n = word.length();
		if (n > 4 && word.endsWith("'s")) {
			forms.add(word.substring(0, n - 2));
		}
		if (n > 3 && word.endsWith("s")) {
			forms.add(word.substring(0, n - 1));
		}
		if (n > 4 && word.endsWith("en")) {
			String stem = word.substring(0, n - 2);
			forms.add(stem);
			forms.add(stem + "e");
			if (stem.endsWith("z")) {
				forms.add(stem.substring(0, stem.length() - 1) + "s");
			}
			if (stem.endsWith("v")) {
				forms.add(stem.substring(0, stem.length() - 1) + "f");
			}
			int s = stem.length();
			if (s > 2 && stem.charAt(s - 1) == stem.charAt(s - 2) && !isVowel(stem.charAt(s - 1))) {
				forms.add(stem.substring(0, s - 1));
			}
			// an open syllable: advocaten → advocaat, bezwaren → bezwaar, personen →
			// persoon
			if (s > 2 && !isVowel(stem.charAt(s - 1)) && isVowel(stem.charAt(s - 2))
					&& (s < 3 || !isVowel(stem.charAt(s - 3))) && "aeou".indexOf(stem.charAt(s - 2)) >= 0) {
				String doubled = stem.substring(0, s - 1) + stem.charAt(s - 2) + stem.charAt(s - 1);
				forms.add(doubled);
				if (doubled.endsWith("z")) {
					forms.add(doubled.substring(0, doubled.length() - 1) + "s");
				}
				if (doubled.endsWith("v")) {
					forms.add(doubled.substring(0, doubled.length() - 1) + "f");
				}
			}
		}
		if (n > 3 && word.endsWith("e")) {
			// an inflected adjective: voorlopige → voorlopig
			forms.add(word.substring(0, n - 1));
		}
		return forms;
	}

	/** An abbreviation as written, or in its plural: GI's → GI, OTS'en → OTS. */
	static List<String> abbreviationForms(String word) {
		if (word.endsWith("'s") && word.length() > 2) {
			return List.of(word, word.substring(0, word.length() - 2));
		}
		if (word.endsWith("'en") && word.length() > 3) {
			return List.of(word, word.substring(0, word.length() - 3));
		}
		return List.of(word);
	}

	private static boolean isVowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

	/**
	 * The words of a text: letters and digits, with an apostrophe inside a word
	 * ("kind's") kept; hyphens, punctuation, spaces and markup separate words.
	 */
	static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			int cp = text.codePointAt(i);
			if (!Character.isLetterOrDigit(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			while (i < n) {
				cp = text.codePointAt(i);
				if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
					i += Character.charCount(cp);
				}
				else if ((cp == '\'' || cp == '’') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
					i++;
				}
				else {
					break;
				}
			}
			words.add(new Word(start, i, text.substring(start, i).replace('’', '\'')));
		}
		return words;
	}

	static String fold(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

}
