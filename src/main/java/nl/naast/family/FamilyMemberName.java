package nl.naast.family;

import java.util.UUID;

/** A parent, carer or child of the family, by name: for choosing who does a step. */
public record FamilyMemberName(UUID id, String name, boolean child) {
}
