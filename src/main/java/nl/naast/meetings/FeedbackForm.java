package nl.naast.meetings;

import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/** "Did it help?" as answered: four numbers from 0 to 10 and an optional comment. */
public record FeedbackForm(String heard, String mattered, String nextKnown, String useful, String comment) {

	public static final String[] QUESTIONS = { "heard", "mattered", "nextKnown", "useful" };

	public FeedbackForm {
		heard = heard == null ? "" : heard;
		mattered = mattered == null ? "" : mattered;
		nextKnown = nextKnown == null ? "" : nextKnown;
		useful = useful == null ? "" : useful;
		comment = comment == null ? "" : comment;
	}

	public String answer(String question) {
		return switch (question) {
			case "heard" -> heard;
			case "mattered" -> mattered;
			case "nextKnown" -> nextKnown;
			default -> useful;
		};
	}

	int[] check(FormErrors errors) {
		int[] scores = new int[QUESTIONS.length];
		for (int i = 0; i < QUESTIONS.length; i++) {
			scores[i] = TextInput.score(errors, QUESTIONS[i], answer(QUESTIONS[i])).orElse(-1);
		}
		TextInput.check(errors, "comment", comment, false, 2000);
		return scores;
	}

}
