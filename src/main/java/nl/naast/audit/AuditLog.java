package nl.naast.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * with it. Appending takes a lock on the chain head, so records get gap-free sequence
 * numbers across all application nodes.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	private final TransactionTemplate independent;

	AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
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
				PendingRecords added = new PendingRecords();
				TransactionSynchronizationManager.registerSynchronization(added);
				return added;
			});
		pending.entries.addAll(entries);
	}

	private final class PendingRecords implements TransactionSynchronization {

		private final List<AuditEntry> entries = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			appendNow();
		}

		void appendNow() {
			if (!entries.isEmpty()) {
				append(List.copyOf(entries));
				entries.clear();
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
		ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
		RequestOrigin origin = RequestIdFilter.currentOrigin();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long sequence = head.lastSequence();
		String previousHash = head.lastHash();
		List<SqlParameterSource> rows = new ArrayList<>(entries.size());
		for (AuditEntry entry : entries) {
			Actor actor = entry.actor();
			sequence++;
			AuditRecord unsigned = new AuditRecord(sequence, now, actor.accountId(), actor.name(), actor.role(),
					actor.organisation(), entry.familyId(), entry.resource(), entry.action(), entry.outcome(),
					entry.reason(), origin.clientAddress(), origin.requestId(), previousHash, null)
				.salted(newSalt());
			String hash = hashOf(unsigned);
			rows.add(new MapSqlParameterSource().addValue("sequence", sequence)
				.addValue("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.addValue("actorId", actor.accountId())
				.addValue("actorName", actor.name())
				.addValue("actorRole", actor.role())
				.addValue("organisation", actor.organisation())
				.addValue("familyId", entry.familyId())
				.addValue("resource", entry.resource())
				.addValue("action", entry.action().name())
				.addValue("outcome", entry.outcome().name())
				.addValue("reason", entry.reason())
				.addValue("client", origin.clientAddress())
				.addValue("requestId", origin.requestId())
				.addValue("previousHash", previousHash)
				.addValue("hash", hash)
				.addValue("salt", unsigned.contentSalt())
				.addValue("digest", contentDigestOf(unsigned)));
			previousHash = hash;
		}
		batch.batchUpdate("""
				INSERT INTO audit_record (sequence, occurred_at, actor_account_id, actor_name, actor_role,
				  actor_organisation, family_id, resource, action, outcome, reason, client_address, request_id,
				  previous_hash, hash, content_salt, content_digest)
				VALUES (:sequence, :at, :actorId, :actorName, :actorRole, :organisation, :familyId, :resource,
				  :action, :outcome, :reason, :client, :requestId, :previousHash, :hash, :salt, :digest)
				""", rows.toArray(SqlParameterSource[]::new));
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(sequence, previousHash)
			.update();
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

	private record ChainHead(long lastSequence, String lastHash) {
	}

}
