package nl.naast.audit;

import java.util.UUID;

/**
 * Who acted, as known at that moment (names and organisations can change later; the
 * record keeps what was true).
 *
 * @param accountId null for the system itself (seeding, scheduled jobs)
 * @param role the role the person acted in, e.g. COORDINATOR
 * @param organisation the organisation the person worked for, or null
 */
public record Actor(UUID accountId, String name, String role, String organisation) {

	public static final Actor SYSTEM = new Actor(null, "Naast", "SYSTEM", null);

}
