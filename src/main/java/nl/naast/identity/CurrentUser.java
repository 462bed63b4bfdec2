package nl.naast.identity;

import java.util.UUID;

/** The signed-in person as other modules see them. */
public record CurrentUser(UUID accountId, String displayName, Role role, String organisationName) {
}
