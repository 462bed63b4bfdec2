package nl.naast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;

/**
 * Anonymised audit records (content and salt erased, digest kept) still verify, and the
 * verifier still finds any change to them; existing chains are re-hashed by V40 after
 * being checked; on PostgreSQL the database lets exactly the anonymising update through.
 */
@NaastTest
class AuditAnonymisationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditAnonymisation anonymisation;

	@Autowired
	TransactionTemplate transaction;

	FamilyWithPeople family;

	long erased;

	@BeforeEach
	void anAnonymisedFamily() {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		int count = transaction.execute(status -> anonymisation.anonymiseFamily(family.id()));
		assertThat(count).isPositive();
		erased = jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record WHERE family_id = ?", Long.class,
				family.id());
	}

	@Test
	void anAnonymisedRecordKeepsItsDigestAndTheChainVerifies() {
		var row = jdbc.queryForMap("SELECT * FROM audit_record WHERE sequence = ?", erased);
		assertThat(row.get("actor_name")).isNull();
		assertThat(row.get("client_address")).isNull();
		assertThat(row.get("content_salt")).isNull();
		assertThat(row.get("content_digest")).isNotNull();
		assertThat(row.get("resource")).isNotNull();
		ChainVerification result = chain.verify();
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
		// anonymising twice changes nothing
		Integer again = transaction.execute(status -> anonymisation.anonymiseFamily(family.id()));
		assertThat(again).isZero();
	}

	@Test
	void aChangeToAnAnonymisedRecordIsStillFound() {
		assertBrokenAt("UPDATE audit_record SET resource = 'family.nothing' WHERE sequence = " + erased,
				"UPDATE audit_record SET resource = '" + resource() + "' WHERE sequence = " + erased);
		assertBrokenAt("UPDATE audit_record SET actor_name = 'Iemand anders' WHERE sequence = " + erased,
				"UPDATE audit_record SET actor_name = NULL WHERE sequence = " + erased);
		String digest = jdbc.queryForObject("SELECT content_digest FROM audit_record WHERE sequence = ?", String.class,
				erased);
		assertBrokenAt("UPDATE audit_record SET content_digest = '" + "1".repeat(64) + "' WHERE sequence = " + erased,
				"UPDATE audit_record SET content_digest = '" + digest + "' WHERE sequence = " + erased);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aRecordWhoseContentNoLongerMatchesItsDigestIsNotErased() {
		FamilyWithPeople other = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		long target = jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record WHERE family_id = ?", Long.class,
				other.id());
		String name = jdbc.queryForObject("SELECT actor_name FROM audit_record WHERE sequence = ?", String.class,
				target);
		tamper("UPDATE audit_record SET actor_name = 'Vervalst' WHERE sequence = " + target);
		try {
			transaction.execute(status -> anonymisation.anonymiseFamily(other.id()));
			// the evidence of the change stays for whoever looks into it
			assertThat(
					jdbc.queryForObject("SELECT actor_name FROM audit_record WHERE sequence = ?", String.class, target))
				.isEqualTo("Vervalst");
			assertThat(chain.verify().firstBrokenSequence()).isEqualTo(target);
		}
		finally {
			tamper("UPDATE audit_record SET actor_name = '" + name.replace("'", "''") + "' WHERE sequence = " + target);
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void postgresqlLetsOnlyTheAnonymisingUpdateThrough() {
		Assumptions.assumeTrue(postgres(), "only PostgreSQL has the append-only trigger");
		FamilyWithPeople other = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		long target = jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record WHERE family_id = ?", Long.class,
				other.id());
		assertThatThrownBy(() -> jdbc.update(
				"UPDATE audit_record SET actor_name = NULL, reason = NULL, client_address = NULL, content_salt = NULL, "
						+ "resource = 'x' WHERE sequence = ?",
				target))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET actor_name = NULL WHERE sequence = ?", target))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE sequence = ?", erased))
			.hasMessageContaining("append-only");
		assertThat(jdbc.update("UPDATE audit_record SET actor_name = NULL, reason = NULL, client_address = NULL, "
				+ "content_salt = NULL WHERE sequence = ?", target))
			.isEqualTo(1);
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET actor_name = 'x' WHERE sequence = ?", target))
			.hasMessageContaining("append-only");
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anExistingChainIsCheckedAndRehashedByTheMigration() {
		DataSource legacy = legacyDatabase();
		Flyway flyway = flyway(legacy, "33");
		flyway.migrate();
		JdbcClient db = JdbcClient.create(legacy);
		String previous = AuditLog.GENESIS;
		for (long sequence = 1; sequence <= 3; sequence++) {
			AuditRecord r = new AuditRecord(sequence, java.time.Instant.parse("2026-01-0" + sequence + "T10:00:00Z"),
					UUID.randomUUID(), "Coördinator " + sequence, "COORDINATOR", "Team", UUID.randomUUID(),
					"family.overview", AuditAction.VIEW, AuditOutcome.ALLOWED, sequence == 2 ? "reden" : null,
					"10.0.0." + sequence, "req-" + sequence, previous, null);
			String hash = AuditContentDigestMigration.legacyHashOf(r);
			db.sql("""
					INSERT INTO audit_record (sequence, occurred_at, actor_account_id, actor_name, actor_role,
					  actor_organisation, family_id, resource, action, outcome, reason, client_address, request_id,
					  previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(r.sequence(), java.time.OffsetDateTime.ofInstant(r.occurredAt(), java.time.ZoneOffset.UTC),
						r.actorAccountId(), r.actorName(), r.actorRole(), r.actorOrganisation(), r.familyId(),
						r.resource(), r.action().name(), r.outcome().name(), r.reason(), r.clientAddress(),
						r.requestId(), previous, hash)
				.update();
			previous = hash;
		}
		db.sql("UPDATE audit_chain_head SET last_sequence = 3, last_hash = ? WHERE id = 1").param(previous).update();

		flyway(legacy, "latest").migrate();

		AuditChain migrated = new AuditChain(new AuditTrail(db, null), db);
		ChainVerification result = migrated.verify();
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
		assertThat(result.checked()).isEqualTo(3);
		assertThat(db.sql("SELECT old_last_hash FROM audit_chain_migration").query(String.class).single())
			.isEqualTo(previous);
		// and the migrated records can be anonymised
		db.sql("UPDATE audit_record SET actor_name = NULL, reason = NULL, client_address = NULL, content_salt = NULL "
				+ "WHERE sequence = 2")
			.update();
		assertThat(migrated.verify().intact()).isTrue();
		db.sql("UPDATE audit_record SET resource = 'family.plan' WHERE sequence = 2").update();
		assertThat(migrated.verify().firstBrokenSequence()).isEqualTo(2L);
	}

	@Test
	void aBrokenExistingChainStopsTheMigration() {
		DataSource legacy = legacyDatabase();
		flyway(legacy, "33").migrate();
		JdbcClient.create(legacy).sql("""
				INSERT INTO audit_record (sequence, occurred_at, actor_name, actor_role, resource, action, outcome,
				  client_address, request_id, previous_hash, hash)
				VALUES (1, TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', 'X', 'ADMIN', 'r', 'VIEW', 'ALLOWED',
				  '1', '1', ?, ?)""").params(AuditLog.GENESIS, "f".repeat(64)).update();
		assertThatThrownBy(() -> flyway(legacy, "latest").migrate()).hasStackTraceContaining("broken at record 1");
	}

	private static DataSource legacyDatabase() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:legacy-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return h2;
	}

	private static Flyway flyway(DataSource dataSource, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.javaMigrations(new AuditContentDigestMigration(Clock.systemUTC()))
			.target(target)
			.load();
	}

	private String resource() {
		return jdbc.queryForObject("SELECT resource FROM audit_record WHERE sequence = ?", String.class, erased);
	}

	private void assertBrokenAt(String change, String undo) {
		tamper(change);
		try {
			ChainVerification result = chain.verify();
			assertThat(result.intact()).as(change).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(erased);
		}
		finally {
			tamper(undo);
		}
	}

	private boolean postgres() {
		return jdbc
			.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
	}

	/** As an attacker with database access would; on PostgreSQL with triggers off. */
	private void tamper(String sql) {
		jdbc.execute((ConnectionCallback<Void>) c -> {
			boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			try (Statement s = c.createStatement()) {
				if (postgres) {
					s.execute("SET session_replication_role = replica");
				}
				s.executeUpdate(sql);
				if (postgres) {
					s.execute("SET session_replication_role = DEFAULT");
				}
			}
			return null;
		});
	}

}
