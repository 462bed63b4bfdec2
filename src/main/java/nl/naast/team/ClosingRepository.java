package nl.naast.team;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.ConcurrentEditException;

@Repository
class ClosingRepository {

	private final JdbcClient jdbc;

	ClosingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Closing> find(UUID familyId, java.time.LocalDate retentionUntil) {
		return jdbc.sql("SELECT * FROM team_closing WHERE family_id = ?")
			.param(familyId)
			.query((rs, n) -> new Closing(rs.getString("summary"), rs.getString("handover"),
					rs.getString("family_words"), rs.getObject("closed_at", OffsetDateTime.class).toInstant(),
					retentionUntil, rs.getInt("version")))
			.optional();
	}

	void insert(UUID familyId, ClosingForm form, UUID by, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO team_closing (family_id, summary, handover, family_words, closed_at, closed_by, version,
				  created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
				""")
			.params(familyId, form.summary().strip(), blankToNull(form.handover()), blankToNull(form.familyWords()), at,
					by, at, by, at, by)
			.update();
	}

	/** The family's own closing words, added or changed later. */
	void setFamilyWords(UUID familyId, String words, int version, UUID by, Instant now) {
		int updated = jdbc
			.sql("UPDATE team_closing SET family_words = ?, version = version + 1, updated_at = ?, updated_by = ? "
					+ "WHERE family_id = ? AND version = ?")
			.params(blankToNull(words), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by, familyId, version)
			.update();
		if (updated != 1) {
			throw new ConcurrentEditException("Closing words of " + familyId + " changed meanwhile");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
