package nl.naast.notifications;

import org.springframework.stereotype.Component;

import nl.naast.shared.web.HeaderBadge;

/** The unread count next to "Meldingen" in every page header: one indexed count. */
@Component
class UnreadBadge implements HeaderBadge {

	private final Notifications notifications;

	UnreadBadge(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public int unread() {
		return notifications.unread();
	}

}
