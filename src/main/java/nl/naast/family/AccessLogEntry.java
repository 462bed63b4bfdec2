package nl.naast.family;

import java.time.Instant;

/**
 * One line of "who looked at our file", in words a family understands.
 *
 * @param self whether the viewer did this themselves
 * @param emergency done under the emergency procedure (noodprocedure)
 * @param whatKey message key of the words for what was done, e.g. "looked at the family
 * overview"
 */
public record AccessLogEntry(Instant when, String who, String roleKey, String organisation, boolean self,
		String whatKey, boolean emergency) {

	public AccessLogEntry(Instant when, String who, String roleKey, String organisation, boolean self, String whatKey) {
		this(when, who, roleKey, organisation, self, whatKey, false);
	}

}
