package nl.naast.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.naast.legal.ContactArrangement.SetBy;

/** An arrangement as it stood before someone corrected or ended it, and who did. */
public record ContactArrangementChange(UUID arrangementId, String frequency, int minutes, boolean supervised,
		String place, SetBy setBy, LocalDate since, LocalDate endedOn, String note, Instant changedAt, String byName) {
}
