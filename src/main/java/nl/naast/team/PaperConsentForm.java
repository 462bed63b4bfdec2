package nl.naast.team;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.naast.access.FilePart;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;

/**
 * Consent the family gave on paper, as the coordinator records it: which parts, who
 * signed, when, and a note.
 */
public record PaperConsentForm(List<String> parts, String givenBy, String signedOn, String note) {

	public static final int NOTE_MAX = 2000;

	public PaperConsentForm {
		parts = parts == null ? List.of() : parts;
		givenBy = givenBy == null ? "" : givenBy;
		signedOn = signedOn == null ? "" : signedOn;
		note = note == null ? "" : note;
	}

	Set<FilePart> chosenParts() {
		Set<FilePart> chosen = EnumSet.noneOf(FilePart.class);
		FilePart.consentableParts().stream().filter(p -> parts.contains(p.name())).forEach(chosen::add);
		return chosen;
	}

	/** The signing date when the form is complete; errors are added otherwise. */
	Optional<LocalDate> validate(FormErrors errors, LocalDate today) {
		if (givenBy.isBlank()) {
			errors.add("givenBy", "validation.required");
		}
		else if (givenBy.strip().length() > 200) {
			errors.add("givenBy", "validation.tooLong", 200);
		}
		Optional<LocalDate> date = DateInput.pastOrToday(errors, "signedOn", signedOn, true, today);
		if (note.isBlank()) {
			errors.add("note", "validation.required");
		}
		else if (note.strip().length() > NOTE_MAX) {
			errors.add("note", "validation.tooLong", NOTE_MAX);
		}
		return errors.isEmpty() ? date : Optional.empty();
	}

}
