package nl.naast.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The everyday words of Dutch and English, which a reader at B1 knows. */
@Component
class CommonWords {

	private final Map<String, Set<String>> words = Map.of("nl", load("language/common-nl.txt"), "en",
			load("language/common-en.txt"));

	/**
	 * Whether a reader at B1 knows the word: it is common, a plural or inflection of a
	 * common word, a number, or a compound of common words (telefoon|nummer, jeugd|zorg,
	 * with a linking s or e(n) between the parts).
	 */
	boolean contains(String language, String word) {
		Set<String> list = words.getOrDefault(language, Set.of());
		// a word of more than 40 letters is no compound anybody reads easily, and
		// splitting it costs time
		return word.codePoints().allMatch(Character::isDigit)
				|| known(list, word, "nl".equals(language) && word.length() <= 40 ? 2 : 0);
	}

	private static boolean known(Set<String> list, String word, int parts) {
		if (list.contains(word) || Annotator.forms(word).stream().anyMatch(list::contains)) {
			return true;
		}
		for (int i = 3; parts > 0 && i <= word.length() - 3; i++) {
			String head = word.substring(0, i);
			boolean headKnown = list.contains(head)
					|| (head.endsWith("s") && list.contains(head.substring(0, head.length() - 1)))
					|| (head.endsWith("en") && list.contains(head.substring(0, head.length() - 2)))
					|| (head.endsWith("e") && list.contains(head.substring(0, head.length() - 1)));
			if (headKnown && known(list, word.substring(i), parts - 1)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(String path) {
		Set<String> set = new HashSet<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isBlank()) {
					set.add(line.strip().toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Word list " + path + " is missing", e);
		}
		return set;
	}

}
