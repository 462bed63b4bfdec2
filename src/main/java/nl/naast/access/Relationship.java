package nl.naast.access;

import java.util.UUID;

/**
 * @param memberId for family members: the parent or child record in the family file this
 * account belongs to
 */
public record Relationship(UUID familyId, UUID accountId, RelationshipKind kind, UUID memberId) {
}
