package nl.naast.notifications;

/**
 * What a notification is about; each person chooses per kind whether it also reaches them
 * by e-mail.
 */
public enum NotificationKind {

	/** an end date or deadline of a legal measure or event comes near */
	DEADLINE(true),
	/** a planned contact moment with a child was cancelled or changed */
	CONTACT(true),
	/** a team manager opened a family's file under the emergency procedure */
	EMERGENCY(true);

	private final boolean mailByDefault;

	NotificationKind(boolean mailByDefault) {
		this.mailByDefault = mailByDefault;
	}

	/** Whether e-mail is on until the person says otherwise. */
	public boolean mailByDefault() {
		return mailByDefault;
	}

}
