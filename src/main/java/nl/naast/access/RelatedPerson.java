package nl.naast.access;

import java.util.UUID;

/**
 * Someone with access to a family, as shown on the family's pages.
 *
 * @param activated false while an invited person has not yet chosen a password
 */
public record RelatedPerson(UUID accountId, String name, String organisation, RelationshipKind kind, UUID memberId,
		boolean activated) {
}
