package nl.naast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Every look at a family file leaves exactly one record, refusals too; the family can
 * read them in plain words; the hash chain exposes any change, deletion, reordering or
 * cut-off; and without an audit record, no data.
 */
@NaastTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditChain chain;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
	}

	private long records(String outcome, String resource) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND outcome = ? AND resource = ?", Long.class,
				family.id(), outcome, resource);
	}

	@Test
	void eachViewWritesOneRecordWithWhoWhatWhenAndWhere() throws Exception {
		long before = records("ALLOWED", "family.overview");
		mvc.perform(get(family.path()).session(coordinator)).andReturn();
		mvc.perform(get(family.path()).session(coordinator)).andReturn();
		assertThat(records("ALLOWED", "family.overview")).isEqualTo(before + 2);
		var last = jdbc.queryForMap("SELECT * FROM audit_record WHERE family_id = ? ORDER BY sequence DESC LIMIT 1",
				family.id());
		assertThat(last.get("actor_account_id")).isEqualTo(family.coordinator().id());
		assertThat(last.get("actor_role")).isEqualTo("COORDINATOR");
		assertThat(last.get("action")).isEqualTo("VIEW");
		assertThat(last.get("client_address")).isEqualTo("127.0.0.1");
		assertThat((String) last.get("request_id")).hasSize(36);
		assertThat(last.get("occurred_at")).isNotNull();
	}

	@Test
	void refusedAttemptsAreRecordedTooAndTheParentSeesWhoLookedInPlainWords() throws Exception {
		AccountSummary stranger = fixtures.account(Role.COORDINATOR);
		MockHttpSession strangerSession = SignIn.as(mvc, stranger);
		long refusedBefore = records("DENIED", "family.overview");
		mvc.perform(get(family.path()).session(strangerSession)).andReturn();
		assertThat(records("DENIED", "family.overview")).isEqualTo(refusedBefore + 1);

		mvc.perform(get(family.path()).session(coordinator)).andReturn();
		MockHttpSession parent = SignIn.as(mvc, family.parent());
		Document log = Jsoup.parse(mvc.perform(get(family.path() + "/access-log").session(parent))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(log.select("h1").text()).isEqualTo("Wie keek in ons dossier?");
		List<String> lines = log.select(".access-log li").eachText();
		assertThat(lines.get(0)).contains("U zelf", "bekeek deze lijst");
		assertThat(lines).anyMatch(line -> line.contains(family.coordinator().displayName())
				&& line.contains("procesbegeleider") && line.contains("bekeek het overzicht van het gezin."));
		assertThat(lines).anyMatch(line -> line.contains("maakte het dossier van het gezin."));
		assertThat(lines).filteredOn(line -> line.contains("gaf iemand van het gezin toegang tot Naast.")).hasSize(2);
		// a refused attempt shows nothing of the file to the stranger, so it is not a
		// "look" for the family
		assertThat(String.join(" ", lines)).doesNotContain(stranger.displayName());
	}

	@Test
	void theChainIsIntactAfterNormalUse() throws Exception {
		mvc.perform(get(family.path()).session(coordinator)).andReturn();
		ChainVerification result = chain.verify();
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
		assertThat(result.checked()).isGreaterThan(3);
	}

	@Test
	void aChangedRecordIsFoundAtItsSequence() {
		long target = lastSequence() - 1;
		tamper("UPDATE audit_record SET actor_name = 'Someone else' WHERE sequence = " + target);
		try {
			ChainVerification result = chain.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(target);
			assertThat(result.problem()).contains("changed");
		}
		finally {
			tamper("UPDATE audit_record SET actor_name = (SELECT display_name FROM account WHERE id = actor_account_id) "
					+ "WHERE sequence = " + target);
		}
	}

	@Test
	void aDeletedRecordAndACutOffTailAreFound() {
		long last = lastSequence();
		var row = jdbc.queryForMap("SELECT * FROM audit_record WHERE sequence = ?", last);
		tamper("DELETE FROM audit_record WHERE sequence = " + last);
		try {
			ChainVerification result = chain.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSequence()).isEqualTo(last);
		}
		finally {
			restore(row);
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void swappedRecordsAreFound() {
		long last = lastSequence();
		var a = jdbc.queryForMap("SELECT * FROM audit_record WHERE sequence = ?", last - 1);
		var b = jdbc.queryForMap("SELECT * FROM audit_record WHERE sequence = ?", last);
		tamper("DELETE FROM audit_record WHERE sequence IN (" + (last - 1) + ", " + last + ")");
		a.put("sequence", last);
		b.put("sequence", last - 1);
		restore(a);
		restore(b);
		ChainVerification result = chain.verify();
		tamper("DELETE FROM audit_record WHERE sequence IN (" + (last - 1) + ", " + last + ")");
		a.put("sequence", last - 1);
		b.put("sequence", last);
		restore(a);
		restore(b);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(last - 1);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void withoutAnAuditRecordNoFamilyDataIsShown() throws Exception {
		// break the audit write: the chain head is missing
		var head = jdbc.queryForMap("SELECT * FROM audit_chain_head WHERE id = 1");
		jdbc.update("DELETE FROM audit_chain_head WHERE id = 1");
		try {
			MvcResult result = mvc.perform(get(family.path()).session(coordinator)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(500);
			String body = result.getResponse().getContentAsString();
			assertThat(body).doesNotContain(family.marker()).contains("Er ging iets mis");
		}
		finally {
			jdbc.update("INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, ?, ?)",
					head.get("last_sequence"), head.get("last_hash"));
		}
		assertThat(mvc.perform(get(family.path()).session(coordinator)).andReturn().getResponse().getContentAsString())
			.contains(family.marker());
	}

	@Test
	void postgresqlItselfRefusesToChangeAuditRecords() {
		boolean postgres = jdbc
			.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
		org.junit.jupiter.api.Assumptions.assumeTrue(postgres, "only PostgreSQL has the append-only trigger");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET actor_name = 'x' WHERE sequence = 1"))
			.hasMessageContaining("append-only");
	}

	private long lastSequence() {
		return jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record", Long.class);
	}

	private void restore(java.util.Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
		tamper(null);
		jdbc.execute((ConnectionCallback<Void>) c -> {
			withTriggersOff(c, () -> {
				try (var statement = c
					.prepareStatement("INSERT INTO audit_record (" + columns + ") VALUES (" + marks + ")")) {
					int i = 1;
					for (Object value : row.values()) {
						statement.setObject(i++, value);
					}
					statement.executeUpdate();
				}
			});
			return null;
		});
	}

	/**
	 * Tampering as an attacker with database access would; on PostgreSQL that means
	 * switching triggers off.
	 */
	private void tamper(String sql) {
		if (sql == null) {
			return;
		}
		jdbc.execute((ConnectionCallback<Void>) c -> {
			withTriggersOff(c, () -> {
				try (Statement statement = c.createStatement()) {
					statement.executeUpdate(sql);
				}
			});
			return null;
		});
	}

	interface SqlWork {

		void run() throws java.sql.SQLException;

	}

	private static void withTriggersOff(Connection c, SqlWork work) throws java.sql.SQLException {
		boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		if (postgres) {
			try (Statement s = c.createStatement()) {
				s.execute("SET session_replication_role = replica");
			}
		}
		try {
			work.run();
		}
		finally {
			if (postgres) {
				try (Statement s = c.createStatement()) {
					s.execute("SET session_replication_role = DEFAULT");
				}
			}
		}
	}

}
