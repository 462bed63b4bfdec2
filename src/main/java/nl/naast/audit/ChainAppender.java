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

import nl.naast.shared.web.RequestIdFilter.RequestOrigin;

/**
 * Appends records to the hash chain over one data source, in the caller's transaction.
 * Locking the chain head gives the records gap-free sequence numbers across all
 * application nodes.
 */
final class ChainAppender {

	/** An entry with the request it came from, which a writer thread cannot look up. */
	record Originated(AuditEntry entry, RequestOrigin origin) {
	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	ChainAppender(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	void append(List<Originated> entries) {
		ChainHead head = jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long sequence = head.lastSequence();
		String previousHash = head.lastHash();
		List<SqlParameterSource> rows = new ArrayList<>(entries.size());
		for (Originated originated : entries) {
			AuditEntry entry = originated.entry();
			RequestOrigin origin = originated.origin();
			Actor actor = entry.actor();
			sequence++;
			AuditRecord unsigned = new AuditRecord(sequence, now, actor.accountId(), actor.name(), actor.role(),
					actor.organisation(), entry.familyId(), entry.resource(), entry.action(), entry.outcome(),
					entry.reason(), origin.clientAddress(), origin.requestId(), previousHash, null)
				.salted(AuditLog.newSalt());
			String hash = AuditLog.hashOf(unsigned);
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
				.addValue("digest", AuditLog.contentDigestOf(unsigned)));
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

	private record ChainHead(long lastSequence, String lastHash) {
	}

}
