package nl.naast.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.audit.ChainAppender.Originated;
import nl.naast.shared.Hashing;
import nl.naast.shared.web.RequestIdFilter;
import nl.naast.shared.web.RequestIdFilter.RequestOrigin;

/**
 * Appends audit records to one hash chain. Each record holds the hash of the one before,
 * so changing, deleting or reordering any record breaks the chain where it happened.
 *
 * <p>
 * {@link #record} joins the caller's transaction and appends when it commits: if the
 * audit write fails, the caller's work (and the data it was about to show) is rolled back
 * with it. The records of a read-only transaction go in with the {@link AuditGroupCommit
 * group commit} once it ended, and the caller waits for them. Appending takes a lock on
 * the chain head, so records get gap-free sequence numbers across all application nodes.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final ChainAppender chain;

	private final AuditGroupCommit groupCommit;

	private final TransactionTemplate independent;

	AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock, PlatformTransactionManager transactions,
			AuditGroupCommit groupCommit) {
		this.chain = new ChainAppender(jdbc, batch, clock);
		this.groupCommit = groupCommit;
		this.independent = new TransactionTemplate(transactions);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		recordAll(List.of(entry));
	}

	/**
	 * Records several entries in chain order with one lock of the chain head and one
	 * batch of inserts, so that a list of a hundred families costs as many statements as
	 * a list of one.
	 *
	 * <p>
	 * The entries are appended just before the caller's transaction commits, not now: the
	 * lock on the chain head is then held for the append and the commit only, not for all
	 * the reading a page does after its access check. Everything a transaction recorded
	 * commits with it, or nothing does.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			append(entries);
			return;
		}
		// found among the synchronizations of this transaction, which a nested one
		// (REQUIRES_NEW) suspends: each transaction appends its own records
		PendingRecords pending = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(PendingRecords.class::isInstance)
			.map(PendingRecords.class::cast)
			.findFirst()
			.orElseGet(() -> {
				PendingRecords added = new PendingRecords(
						TransactionSynchronizationManager.isCurrentTransactionReadOnly());
				TransactionSynchronizationManager.registerSynchronization(added);
				return added;
			});
		RequestOrigin origin = RequestIdFilter.currentOrigin();
		entries.forEach(entry -> pending.entries.add(new Originated(entry, origin)));
	}

	/**
	 * The records of one transaction. Those of a transaction that changes data commit
	 * with the change, or not at all. A read-only transaction changed nothing to commit
	 * them with: its records go in with the group commit after it ended, and the caller
	 * waits for them, so that nothing read is shown before it is on record.
	 */
	private final class PendingRecords implements TransactionSynchronization {

		private final List<Originated> entries = new ArrayList<>();

		private final boolean readOnly;

		PendingRecords(boolean readOnly) {
			this.readOnly = readOnly;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!this.readOnly) {
				appendNow();
			}
		}

		@Override
		public void afterCommit() {
			if (readOnly) {
				appendNow();
			}
		}

		void appendNow() {
			if (entries.isEmpty()) {
				return;
			}
			List<Originated> now = List.copyOf(entries);
			entries.clear();
			if (readOnly) {
				groupCommit.appendAndWait(now);
			}
			else {
				chain.append(now);
			}
		}

	}

	/**
	 * Appends what the current transaction recorded so far now rather than at its commit:
	 * for reading the trail back with the current look at it included.
	 */
	void appendPendingNow() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.getSynchronizations()
				.stream()
				.filter(PendingRecords.class::isInstance)
				.map(PendingRecords.class::cast)
				.forEach(PendingRecords::appendNow);
		}
	}

	/**
	 * Records in a transaction of its own, for refusals: the caller's transaction is
	 * about to roll back, and the refusal must stay on record. The caller's own records
	 * wait for its commit, so the chain head is free for this one.
	 */
	public void recordIndependently(AuditEntry entry) {
		independent.executeWithoutResult(status -> append(List.of(entry)));
	}

	private void append(List<AuditEntry> entries) {
		RequestOrigin origin = RequestIdFilter.currentOrigin();
		chain.append(entries.stream().map(entry -> new Originated(entry, origin)).toList());
	}

	/**
	 * The hash covers every field of the record that is not personal content, the digest
	 * of that content, and the previous hash; field separators cannot be forged. Of an
	 * anonymised record the stored digest stands in for the erased content. Public for
	 * bulk writers (the data generator) that must continue the same chain.
	 */
	public static String hashOf(AuditRecord r) {
		String digest = r.anonymised() ? r.contentDigest() : contentDigestOf(r);
		return Hashing
			.sha256Hex(canonical(r.sequence(), r.occurredAt(), r.actorAccountId(), r.actorRole(), r.actorOrganisation(),
					r.familyId(), r.resource(), r.action(), r.outcome(), r.requestId(), digest, r.previousHash()));
	}

	/**
	 * The salted digest of a record's personal content: actor name, reason and client
	 * address. Erasing them later keeps this digest, and with it the chain.
	 */
	public static String contentDigestOf(AuditRecord r) {
		return Hashing.sha256Hex(canonical(r.contentSalt(), r.actorName(), r.reason(), r.clientAddress()));
	}

	/**
	 * Random salt for a record's content digest, so erased text cannot be guessed back.
	 */
	public static String newSalt() {
		byte[] bytes = new byte[16];
		SALTS.nextBytes(bytes);
		return java.util.HexFormat.of().formatHex(bytes);
	}

	private static final java.security.SecureRandom SALTS = new java.security.SecureRandom();

	static String canonical(Object... fields) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : fields) {
			String text = field == null ? "\u0000" : field.toString();
			canonical.append(text.length()).append(':').append(text).append('|');
		}
		return canonical.toString();
	}

}
