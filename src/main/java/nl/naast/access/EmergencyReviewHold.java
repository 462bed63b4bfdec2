package nl.naast.access;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.LegalHold;

/**
 * An emergency look at the file that nobody has reviewed yet holds the family's data:
 * erasing it first would remove what the review needs.
 */
@Component
class EmergencyReviewHold implements LegalHold {

	static final String KEY = "erasure.hold.emergency";

	private final JdbcClient jdbc;

	EmergencyReviewHold(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> holdOn(UUID familyId, LocalDate today) {
		long unreviewed = jdbc.sql("SELECT COUNT(*) FROM emergency_access WHERE family_id = ? AND reviewed_at IS NULL")
			.param(familyId)
			.query(Long.class)
			.single();
		return unreviewed > 0 ? Optional.of(KEY) : Optional.empty();
	}

}
