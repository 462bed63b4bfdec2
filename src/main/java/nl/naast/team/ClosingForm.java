package nl.naast.team;

import nl.naast.shared.web.FormErrors;

/**
 * Ending the team's work with a family: a closing summary written with the family, a
 * handover note for whoever continues, and the family's own closing words.
 */
public record ClosingForm(String summary, String handover, String familyWords) {

	public static final int MAX = 4000;

	public ClosingForm {
		summary = summary == null ? "" : summary;
		handover = handover == null ? "" : handover;
		familyWords = familyWords == null ? "" : familyWords;
	}

	public static ClosingForm blank() {
		return new ClosingForm("", "", "");
	}

	FormErrors validate() {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("team.closing." + field));
		if (summary.isBlank()) {
			errors.add("summary", "validation.required");
		}
		for (String[] field : new String[][] { { "summary", summary }, { "handover", handover },
				{ "familyWords", familyWords } }) {
			if (field[1].strip().length() > MAX) {
				errors.add(field[0], "validation.tooLong", MAX);
			}
		}
		return errors;
	}

}
