package nl.naast.family;

import java.time.Instant;

/**
 * One line of "who looked at our file", in words a family understands.
 *
 * @param self whether the viewer did this themselves
 * @param whatKey message key for what was seen or changed
 * @param actionKey message key for the kind of action
 */
public record AccessLogEntry(Instant when, String who, String roleKey, String organisation, boolean self,
		String actionKey, String whatKey) {
}
