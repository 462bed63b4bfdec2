package nl.naast.legal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.retention.LegalHold;

/**
 * While a child protection measure runs, the family's data is not erased: the court, the
 * GI and the family may need the team's record of it. Holds from the day the measure is
 * entered (also before it starts) to its last day; a measure without an end day holds
 * until one is entered.
 */
@Component
class MeasureHold implements LegalHold {

	static final String KEY = "erasure.hold.measure";

	private final JdbcClient jdbc;

	MeasureHold(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> holdOn(UUID familyId, LocalDate today) {
		long active = jdbc.sql("""
				SELECT COUNT(*) FROM legal_measure
				WHERE family_id = ? AND (ends_on IS NULL OR ends_on >= ?)""")
			.params(familyId, today)
			.query(Long.class)
			.single();
		return active > 0 ? Optional.of(KEY) : Optional.empty();
	}

}
