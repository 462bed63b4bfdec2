package nl.naast.story;

import java.util.Arrays;
import java.util.Optional;

/** A story entry as typed; every field a string so that what was typed comes back. */
public record EntryForm(String when, String what, String domain, String valence, String source) {

	public static final int MAX = 4000;

	public EntryForm {
		when = when == null ? "" : when;
		what = what == null ? "" : what;
		domain = domain == null ? "" : domain;
		valence = valence == null ? "" : valence;
		source = source == null ? "" : source;
	}

	public static EntryForm blank() {
		return new EntryForm("", "", "", "NEUTRAL", "");
	}

	Optional<Domain> chosenDomain() {
		return Arrays.stream(Domain.values()).filter(d -> d.name().equals(domain)).findFirst();
	}

	Optional<Valence> chosenValence() {
		return Arrays.stream(Valence.values()).filter(v -> v.name().equals(valence)).findFirst();
	}

	Optional<Source> chosenSource() {
		return Arrays.stream(Source.values()).filter(s -> s.name().equals(source)).findFirst();
	}

}
