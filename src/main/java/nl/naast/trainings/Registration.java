package nl.naast.trainings;

import java.time.Instant;
import java.util.UUID;

/**
 * A visitor's registration for a date. After the retention period the personal fields are
 * null and {@code erased} is true.
 *
 * @param position the order on the waiting list (and of registering)
 */
public record Registration(UUID id, UUID dateId, String name, String email, String organisation, String role,
		String needs, RegistrationStatus status, int position, boolean attended, Instant createdAt, boolean erased) {

}
