package nl.naast.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.shared.Hashing;
import nl.naast.shared.web.RequestIdFilter;
import nl.naast.shared.web.RequestIdFilter.RequestOrigin;

/**
 * Appends audit records to one hash chain. Each record holds the hash of the one before,
 * so changing, deleting or reordering any record breaks the chain where it happened.
 *
 * <p>
 * {@link #record} joins the caller's transaction: if the audit write fails, the caller's
 * work (and the data it was about to show) is rolled back with it. Appending takes a lock
 * on the chain head, so records get gap-free sequence numbers across all application
 * nodes.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate independent;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.independent = new TransactionTemplate(transactions);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		append(entry);
	}

	/**
	 * Records in a transaction of its own, for refusals: the caller's transaction is
	 * about to roll back, and the refusal must stay on record. Call it before anything
	 * else was audited in the caller's transaction.
	 */
	public void recordIndependently(AuditEntry entry) {
		independent.executeWithoutResult(status -> append(entry));
	}

	private void append(AuditEntry entry) {
		ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
		RequestOrigin origin = RequestIdFilter.currentOrigin();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Actor actor = entry.actor();
		AuditRecord unsigned = new AuditRecord(head.lastSequence() + 1, now, actor.accountId(), actor.name(),
				actor.role(), actor.organisation(), entry.familyId(), entry.resource(), entry.action(), entry.outcome(),
				entry.reason(), origin.clientAddress(), origin.requestId(), head.lastHash(), null);
		String hash = hashOf(unsigned);
		jdbc.sql("""
				INSERT INTO audit_record (sequence, occurred_at, actor_account_id, actor_name, actor_role,
				  actor_organisation, family_id, resource, action, outcome, reason, client_address, request_id,
				  previous_hash, hash)
				VALUES (:sequence, :at, :actorId, :actorName, :actorRole, :organisation, :familyId, :resource,
				  :action, :outcome, :reason, :client, :requestId, :previousHash, :hash)
				""")
			.param("sequence", unsigned.sequence())
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actorId", actor.accountId())
			.param("actorName", actor.name())
			.param("actorRole", actor.role())
			.param("organisation", actor.organisation())
			.param("familyId", entry.familyId())
			.param("resource", entry.resource())
			.param("action", entry.action().name())
			.param("outcome", entry.outcome().name())
			.param("reason", entry.reason())
			.param("client", origin.clientAddress())
			.param("requestId", origin.requestId())
			.param("previousHash", head.lastHash())
			.param("hash", hash)
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(unsigned.sequence(), hash)
			.update();
	}

	/**
	 * The hash covers every field of the record and the previous hash; field separators
	 * cannot be forged. Public for bulk writers (the data generator) that must continue
	 * the same chain.
	 */
	public static String hashOf(AuditRecord r) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { r.sequence(), r.occurredAt(), r.actorAccountId(), r.actorName(),
				r.actorRole(), r.actorOrganisation(), r.familyId(), r.resource(), r.action(), r.outcome(), r.reason(),
				r.clientAddress(), r.requestId(), r.previousHash() }) {
			String text = field == null ? "\u0000" : field.toString();
			canonical.append(text.length()).append(':').append(text).append('|');
		}
		return Hashing.sha256Hex(canonical.toString());
	}

	private record ChainHead(long lastSequence, String lastHash) {
	}

}
