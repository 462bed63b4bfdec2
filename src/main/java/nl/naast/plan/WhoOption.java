package nl.naast.plan;

import java.util.UUID;

/** Someone who can do a step: a family member or a member of the team. */
public record WhoOption(String value, UUID id, String name, boolean family) {

	static WhoOption family(UUID id, String name) {
		return new WhoOption("FAMILY:" + id, id, name, true);
	}

	static WhoOption team(UUID id, String name) {
		return new WhoOption("TEAM:" + id, id, name, false);
	}

}
