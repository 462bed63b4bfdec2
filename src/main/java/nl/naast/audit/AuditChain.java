package nl.naast.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain and reports the first record where it breaks: a changed field
 * (its hash no longer matches), a deleted or reordered record (sequence gap or a
 * previous-hash that points elsewhere), or a cut-off tail (the chain head remembers the
 * last record). An anonymised record (content erased, digest kept) still verifies; its
 * other fields and its digest are still covered by its hash.
 */
@Service
public class AuditChain {

	private static final int BATCH = 5_000;

	private final AuditTrail trail;

	private final JdbcClient jdbc;

	AuditChain(AuditTrail trail, JdbcClient jdbc) {
		this.trail = trail;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		long expectedSequence = 1;
		String previousHash = AuditLog.GENESIS;
		long checked = 0;
		Batch batch = next(0);
		while (!batch.records().isEmpty() || batch.unreadable() != null) {
			for (AuditRecord record : batch.records()) {
				checked++;
				if (record.sequence() != expectedSequence) {
					return new ChainVerification(checked, expectedSequence,
							"record " + expectedSequence + " is missing or out of order");
				}
				if (!record.previousHash().equals(previousHash)) {
					return new ChainVerification(checked, record.sequence(),
							"record " + record.sequence() + " does not follow the record before it");
				}
				if (!record.anonymised() && !AuditLog.contentDigestOf(record).equals(record.contentDigest())
						|| !AuditLog.hashOf(record).equals(record.hash())) {
					return new ChainVerification(checked, record.sequence(),
							"record " + record.sequence() + " was changed after it was written");
				}
				previousHash = record.hash();
				expectedSequence++;
			}
			if (batch.unreadable() != null) {
				checked++;
				long at = Math.min(batch.unreadable(), expectedSequence);
				return new ChainVerification(checked, at,
						at == batch.unreadable() ? "record " + at + " was changed after it was written"
								: "record " + at + " is missing or out of order");
			}
			batch = next(expectedSequence - 1);
		}
		long headSequence = jdbc.sql("SELECT last_sequence FROM audit_chain_head WHERE id = 1")
			.query(Long.class)
			.single();
		String headHash = jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1").query(String.class).single();
		if (headSequence != expectedSequence - 1 || !headHash.equals(previousHash)) {
			return new ChainVerification(checked, expectedSequence,
					"the chain ends at record " + (expectedSequence - 1) + " but should end at " + headSequence);
		}
		return new ChainVerification(checked, null, null);
	}

	/**
	 * The next records in chain order. A record with an action or outcome Naast never
	 * writes cannot be read as a record: the batch then ends before it and names it, so
	 * that the walk reports it where it is instead of failing.
	 */
	private Batch next(long after) {
		try {
			return new Batch(trail.after(after, BATCH), null);
		}
		catch (IllegalArgumentException unknownValue) {
			Long unreadable = jdbc
				.sql("SELECT MIN(sequence) FROM audit_record WHERE sequence > :after"
						+ " AND (action NOT IN (:actions) OR outcome NOT IN (:outcomes))")
				.param("after", after)
				.param("actions", java.util.Arrays.stream(AuditAction.values()).map(Enum::name).toList())
				.param("outcomes", java.util.Arrays.stream(AuditOutcome.values()).map(Enum::name).toList())
				.query(Long.class)
				.list()
				.stream()
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElseThrow(() -> unknownValue);
			long readable = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE sequence > ? AND sequence < ?")
				.params(after, unreadable)
				.query(Long.class)
				.single();
			return new Batch(trail.after(after, (int) Math.min(readable, BATCH)), readable > BATCH ? null : unreadable);
		}
	}

	private record Batch(List<AuditRecord> records, Long unreadable) {
	}

}
