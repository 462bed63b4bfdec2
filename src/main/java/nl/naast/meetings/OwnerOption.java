package nl.naast.meetings;

import java.util.UUID;

/** Someone who can take on an agreement: a family member or a member of the team. */
public record OwnerOption(String value, UUID id, String name, boolean family) {
}
