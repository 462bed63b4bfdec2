package nl.naast.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import nl.naast.shared.Hashing;

/**
 * Flyway V40: audit records get a salted digest of their personal content, and their hash
 * covers that digest instead of the content itself, so the content can be erased later
 * while the chain still verifies.
 *
 * <p>
 * Existing records are checked against the old hash first; a broken chain stops the
 * upgrade (it must be looked into, not re-signed). Then every record is re-hashed in
 * order, and the old and new chain heads are kept in {@code audit_chain_migration}, so a
 * chain head exported earlier can still be matched. On PostgreSQL the append-only trigger
 * is switched off for this one transaction (DDL there is transactional, and the table
 * lock keeps everyone else out until the commit).
 */
@Component
class AuditContentDigestMigration implements JavaMigration {

	private static final int BATCH = 5_000;

	private final Clock clock;

	AuditContentDigestMigration(Clock clock) {
		this.clock = clock;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("40");
	}

	@Override
	public String getDescription() {
		return "audit content digest";
	}

	@Override
	public Integer getChecksum() {
		return 40_001;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection c = context.getConnection();
		boolean trigger = hasAppendOnlyTrigger(c);
		try (Statement s = c.createStatement()) {
			s.execute("ALTER TABLE audit_record ADD COLUMN content_salt VARCHAR(32)");
			s.execute("ALTER TABLE audit_record ADD COLUMN content_digest CHAR(64)");
			s.execute("ALTER TABLE audit_record ALTER COLUMN actor_name DROP NOT NULL");
			s.execute("ALTER TABLE audit_record ALTER COLUMN client_address DROP NOT NULL");
			s.execute("""
					CREATE TABLE audit_chain_migration (
					    migrated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
					    last_sequence  BIGINT NOT NULL,
					    old_last_hash  CHAR(64) NOT NULL,
					    new_last_hash  CHAR(64) NOT NULL
					)""");
			if (trigger) {
				s.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only");
			}
		}
		rehash(c);
		try (Statement s = c.createStatement()) {
			s.execute("ALTER TABLE audit_record ALTER COLUMN content_digest SET NOT NULL");
			if (trigger) {
				s.execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
			}
		}
	}

	private static boolean hasAppendOnlyTrigger(Connection c) throws SQLException {
		if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			return false;
		}
		try (Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'audit_record_append_only'")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	private void rehash(Connection c) throws SQLException {
		String oldPrevious = AuditLog.GENESIS;
		String newPrevious = AuditLog.GENESIS;
		long expected = 1;
		long after = 0;
		while (true) {
			List<AuditRecord> batch = new ArrayList<>(BATCH);
			try (PreparedStatement read = c
				.prepareStatement("SELECT * FROM audit_record WHERE sequence > ? ORDER BY sequence LIMIT ?")) {
				read.setLong(1, after);
				read.setInt(2, BATCH);
				try (ResultSet rs = read.executeQuery()) {
					int row = 0;
					while (rs.next()) {
						batch.add(legacy(rs, row++));
					}
				}
			}
			if (batch.isEmpty()) {
				break;
			}
			try (PreparedStatement update = c.prepareStatement(
					"UPDATE audit_record SET content_salt = ?, content_digest = ?, previous_hash = ?, hash = ? WHERE sequence = ?")) {
				for (AuditRecord r : batch) {
					if (r.sequence() != expected || !r.previousHash().equals(oldPrevious)
							|| !legacyHashOf(r).equals(r.hash())) {
						throw new IllegalStateException("The audit chain is broken at record " + expected
								+ "; look into it before upgrading (java -jar naast.jar verify-audit on the old version)");
					}
					oldPrevious = r.hash();
					AuditRecord salted = new AuditRecord(r.sequence(), r.occurredAt(), r.actorAccountId(),
							r.actorName(), r.actorRole(), r.actorOrganisation(), r.familyId(), r.resource(), r.action(),
							r.outcome(), r.reason(), r.clientAddress(), r.requestId(), newPrevious, null,
							AuditLog.newSalt(), null);
					String hash = AuditLog.hashOf(salted);
					update.setString(1, salted.contentSalt());
					update.setString(2, AuditLog.contentDigestOf(salted));
					update.setString(3, newPrevious);
					update.setString(4, hash);
					update.setLong(5, r.sequence());
					update.addBatch();
					newPrevious = hash;
					expected++;
					after = r.sequence();
				}
				update.executeBatch();
			}
		}
		long headSequence;
		String headHash;
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1")) {
			rs.next();
			headSequence = rs.getLong(1);
			headHash = rs.getString(2);
		}
		if (headSequence != expected - 1 || !headHash.equals(oldPrevious)) {
			throw new IllegalStateException("The audit chain ends at record " + (expected - 1) + " but its head says "
					+ headSequence + "; look into it before upgrading");
		}
		try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1");
				PreparedStatement note = c.prepareStatement(
						"INSERT INTO audit_chain_migration (migrated_at, last_sequence, old_last_hash, new_last_hash) VALUES (?, ?, ?, ?)")) {
			head.setString(1, newPrevious);
			head.executeUpdate();
			note.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
			note.setLong(2, headSequence);
			note.setString(3, oldPrevious);
			note.setString(4, newPrevious);
			note.executeUpdate();
		}
	}

	private static AuditRecord legacy(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("sequence"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_account_id", java.util.UUID.class), rs.getString("actor_name"),
				rs.getString("actor_role"), rs.getString("actor_organisation"),
				rs.getObject("family_id", java.util.UUID.class), rs.getString("resource"),
				AuditAction.valueOf(rs.getString("action")), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("reason"), rs.getString("client_address"), rs.getString("request_id"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	/** The hash as written before V40: every field, content included. */
	static String legacyHashOf(AuditRecord r) {
		return Hashing.sha256Hex(AuditLog.canonical(r.sequence(), r.occurredAt(), r.actorAccountId(), r.actorName(),
				r.actorRole(), r.actorOrganisation(), r.familyId(), r.resource(), r.action(), r.outcome(), r.reason(),
				r.clientAddress(), r.requestId(), r.previousHash()));
	}

}
