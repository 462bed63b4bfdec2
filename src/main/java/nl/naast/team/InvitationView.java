package nl.naast.team;

/**
 * An invitation as its receiver sees it, or why it cannot be used.
 *
 * @param problem null when the invitation can be answered; otherwise a message key saying
 * why not
 */
public record InvitationView(String token, String familyName, String invitedBy, String roleForFamily, String task,
		String notTask, String problem) {

	static InvitationView unusable(String problem) {
		return new InvitationView("", "", "", "", "", "", problem);
	}

}
