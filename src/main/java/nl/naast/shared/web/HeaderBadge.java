package nl.naast.shared.web;

/**
 * The number of unread notifications shown next to "Meldingen" in the page header. The
 * notifications module provides it, so that the layout needs nothing from that module;
 * without it the header shows no number.
 */
public interface HeaderBadge {

	/** No number: for when no module provides one, and for error pages. */
	HeaderBadge NONE = () -> 0;

	/**
	 * How many notifications the person making the current request has not read yet; 0
	 * when nobody is signed in. Called at most once per page.
	 */
	int unread();

}
