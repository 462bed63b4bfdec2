package nl.naast.identity;

import java.util.UUID;

public record Organisation(UUID id, String name, OrganisationKind kind) {
}
