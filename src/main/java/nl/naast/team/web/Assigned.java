package nl.naast.team.web;

import java.util.UUID;

/** A coordinator assigned to a family. */
public record Assigned(UUID id, String name) {
}
