package nl.naast.identity;

import java.util.UUID;

/** An account as other modules see it: no password, no tokens. */
public record AccountSummary(UUID id, String email, String displayName, Role role, UUID organisationId,
		String organisationName, boolean enabled, boolean activated) {
}
