package nl.naast.language;

import java.util.List;

/**
 * A glossary term as typed by an administrator; lists are separated by commas.
 */
public record TermForm(String term, String abbreviations, String synonyms, String plainNl, String plainEn,
		String related, String version) {

	public TermForm {
		term = nz(term);
		abbreviations = nz(abbreviations);
		synonyms = nz(synonyms);
		plainNl = nz(plainNl);
		plainEn = nz(plainEn);
		related = nz(related);
		version = nz(version);
	}

	public static TermForm blank() {
		return new TermForm(null, null, null, null, null, null, null);
	}

	public static TermForm of(GlossaryTerm t) {
		return new TermForm(t.term(), String.join(", ", t.abbreviations()), String.join(", ", t.synonyms()),
				t.plainNl(), t.plainEn(), String.join(", ", t.related()), Integer.toString(t.version()));
	}

	static List<String> list(String typed) {
		return java.util.Arrays.stream(typed.split("[,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	int versionNumber() {
		try {
			return Integer.parseInt(version.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
