package nl.naast.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal content of audit records (actor name, reason, client address and
 * the salt) and keeps everything else, the content digest included, so the chain still
 * verifies. The only change audit records ever get; on PostgreSQL the append-only trigger
 * lets exactly this change through.
 *
 * <p>
 * A record whose stored digest does not match its content is left alone: the chain is
 * already broken there, and erasing would destroy the evidence.
 */
@Service
public class AuditAnonymisation {

	private static final Logger log = LoggerFactory.getLogger(AuditAnonymisation.class);

	private static final int BATCH = 1_000;

	private static final String NOT_YET = "(actor_name IS NOT NULL OR reason IS NOT NULL OR client_address IS NOT NULL"
			+ " OR content_salt IS NOT NULL)";

	private final JdbcClient jdbc;

	AuditAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records written before the cutoff (end of log retention). */
	@Transactional(propagation = Propagation.MANDATORY)
	public int anonymiseWrittenBefore(Instant cutoff) {
		return anonymise("occurred_at < ?", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
	}

	/** Every record about one family, when the family's data is erased. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int anonymiseFamily(UUID familyId) {
		return anonymise("family_id = ?", familyId);
	}

	private int anonymise(String condition, Object value) {
		int erased = 0;
		long after = 0;
		while (true) {
			List<AuditRecord> batch = jdbc
				.sql("SELECT * FROM audit_record WHERE " + condition + " AND " + NOT_YET
						+ " AND sequence > ? ORDER BY sequence LIMIT ?")
				.params(value, after, BATCH)
				.query(AuditTrail::map)
				.list();
			if (batch.isEmpty()) {
				return erased;
			}
			List<Long> intact = new ArrayList<>(batch.size());
			for (AuditRecord record : batch) {
				if (AuditLog.contentDigestOf(record).equals(record.contentDigest())) {
					intact.add(record.sequence());
				}
				else {
					log.warn("Audit record {} does not match its digest; left as it is", record.sequence());
				}
				after = record.sequence();
			}
			if (!intact.isEmpty()) {
				erased += jdbc.sql("""
						UPDATE audit_record SET actor_name = NULL, reason = NULL, client_address = NULL,
						  content_salt = NULL WHERE sequence IN (:sequences)
						""").param("sequences", intact).update();
			}
		}
	}

}
