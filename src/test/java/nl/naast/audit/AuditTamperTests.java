package nl.naast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.support.NaastTest;

/**
 * An attacker with write access to the database changes the audit trail: one byte in any
 * column of a record (100 trials), a deleted record (20), two records swapped (20), a
 * cut-off tail (5). {@link AuditChain#verify()} finds every one of them, at the record
 * where it happened. Each trial starts from the intact chain and puts it back afterwards.
 *
 * <p>
 * What the chain alone cannot see: an attacker who cuts off the tail <em>and</em> sets
 * the chain head back to the new last record leaves a shorter chain that is valid in
 * itself. Only a copy of the head kept elsewhere (an anchor: the last sequence and hash,
 * sent out of the database now and then) shows that; the last test shows both sides.
 *
 * <p>
 * On H2 (the tampering goes straight at the table; its own database keeps the chain
 * short, so a few hundred checks stay fast). On PostgreSQL the database itself refuses to
 * change, delete or empty audit records, which the first test asserts.
 */
@NaastTest
@TestPropertySource(properties = "naast.test.context=audit-tamper")
class AuditTamperTests {

	private static final int CHAIN = 300;

	/** Columns an attacker could change, and how one byte of each changes. */
	private static final List<String> COLUMNS = List.of("occurred_at", "actor_account_id", "actor_name", "actor_role",
			"actor_organisation", "family_id", "resource", "action", "outcome", "reason", "client_address",
			"request_id", "previous_hash", "hash");

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final Random random = new Random(20261203L);

	long first;

	long last;

	@BeforeEach
	void buildChain() {
		Long top = jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record", Long.class);
		if (top == null || top < CHAIN) {
			List<AuditEntry> entries = new ArrayList<>();
			for (int i = 0; i < CHAIN; i++) {
				Actor actor = i % 3 == 0 ? Actor.SYSTEM : new Actor(UUID.randomUUID(), "Medewerker " + i,
						i % 2 == 0 ? "COORDINATOR" : "PARTNER", i % 5 == 0 ? null : "Organisatie " + (i % 7));
				entries.add(new AuditEntry(actor, i % 11 == 0 ? null : UUID.randomUUID(), "family.overview" + (i % 4),
						AuditAction.values()[i % AuditAction.values().length],
						i % 13 == 0 ? AuditOutcome.DENIED : AuditOutcome.ALLOWED,
						i % 13 == 0 ? "no relationship" : null));
			}
			transactions.executeWithoutResult(status -> log.recordAll(entries));
		}
		last = jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record", Long.class);
		first = last - CHAIN + 1;
		assertIntact();
	}

	@Test
	void postgresqlRefusesToChangeDeleteOrEmptyTheAuditTable() {
		Assumptions.assumeTrue(postgres(), "only PostgreSQL has the append-only trigger");
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET reason = 'x' WHERE sequence = ?", last))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE sequence = ?", last))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_record")).hasMessageContaining("append-only");
		assertIntact();
	}

	@Test
	void everyChangedByteIsFoundAtItsRecord() {
		assumeH2();
		for (int trial = 0; trial < 100; trial++) {
			long target = pick();
			String column = COLUMNS.get(trial % COLUMNS.size());
			Map<String, Object> row = row(target);
			Object original = row.get(column);
			Object changed = oneByteOff(column, original);
			jdbc.update("UPDATE audit_record SET " + column + " = ? WHERE sequence = ?", changed, target);
			try {
				assertBrokenAt(target,
						"byte in " + column + " of record " + target + ": " + original + " -> " + changed);
			}
			finally {
				jdbc.update("UPDATE audit_record SET " + column + " = ? WHERE sequence = ?", original, target);
			}
		}
		assertIntact();
	}

	/**
	 * A byte that turns a column into something Naast never writes (an action or outcome
	 * that does not exist) is reported at its record too, not as a crash of the verifier.
	 */
	@Test
	void aByteThatLeavesNoValidActionOrOutcomeIsFoundAtItsRecord() {
		assumeH2();
		for (String column : List.of("action", "outcome")) {
			long target = pick();
			Object original = row(target).get(column);
			String changed = original.toString().substring(0, 1) + "x" + original.toString().substring(2);
			jdbc.update("UPDATE audit_record SET " + column + " = ? WHERE sequence = ?", changed, target);
			try {
				assertBrokenAt(target, column + " of record " + target + ": " + original + " -> " + changed);
			}
			finally {
				jdbc.update("UPDATE audit_record SET " + column + " = ? WHERE sequence = ?", original, target);
			}
		}
		assertIntact();
	}

	@Test
	void everyDeletedRecordIsFound() {
		assumeH2();
		for (int trial = 0; trial < 20; trial++) {
			long target = trial == 0 ? first : pick();
			Map<String, Object> row = row(target);
			jdbc.update("DELETE FROM audit_record WHERE sequence = ?", target);
			try {
				assertBrokenAt(target, "deleted record " + target);
			}
			finally {
				insert(row);
			}
		}
		assertIntact();
	}

	@Test
	void everySwapIsFoundAtTheEarlierRecord() {
		assumeH2();
		for (int trial = 0; trial < 20; trial++) {
			// half neighbours, half far apart, the last record included once
			long a = trial == 0 ? last - 1 : pick();
			long b = trial == 0 ? last : trial % 2 == 0 ? a + 1 : pick();
			if (a == b || b > last) {
				b = a == first ? a + 1 : a - 1;
			}
			long earlier = Math.min(a, b);
			swap(a, b);
			try {
				assertBrokenAt(earlier, "swapped records " + a + " and " + b);
			}
			finally {
				swap(a, b);
			}
		}
		assertIntact();
	}

	@Test
	void everyCutOffTailIsFoundWhileTheHeadRemembersTheLastRecord() {
		assumeH2();
		for (int cut : new int[] { 1, 2, 7, 50, CHAIN }) {
			long firstGone = last - cut + 1;
			List<Map<String, Object>> gone = jdbc.queryForList("SELECT * FROM audit_record WHERE sequence >= ?",
					firstGone);
			jdbc.update("DELETE FROM audit_record WHERE sequence >= ?", firstGone);
			try {
				assertBrokenAt(firstGone, "tail of " + cut + " cut off");
			}
			finally {
				gone.forEach(this::insert);
			}
		}
		assertIntact();
	}

	/**
	 * The limit of a chain without an anchor: cut off and the head rewound consistently,
	 * the shorter chain is valid in itself. An anchor kept outside the database (the last
	 * sequence and hash as they were) shows the loss.
	 */
	@Test
	void aTailCutWithTheHeadRewoundNeedsAnAnchorKeptElsewhere() {
		assumeH2();
		Map<String, Object> anchor = jdbc.queryForMap("SELECT last_sequence, last_hash FROM audit_chain_head");
		int cut = 5;
		long newLast = last - cut;
		List<Map<String, Object>> gone = jdbc.queryForList("SELECT * FROM audit_record WHERE sequence > ?", newLast);
		jdbc.update("DELETE FROM audit_record WHERE sequence > ?", newLast);
		jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = "
				+ "(SELECT hash FROM audit_record WHERE sequence = ?) WHERE id = 1", newLast, newLast);
		try {
			assertThat(chain.verify().intact()).as("a consistently shortened chain is valid in itself").isTrue();
			Integer anchored = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE sequence = ? AND hash = ?",
					Integer.class, anchor.get("last_sequence"), anchor.get("last_hash"));
			assertThat(anchored).as("the anchored last record is gone").isZero();
		}
		finally {
			gone.forEach(this::insert);
			jdbc.update("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1",
					anchor.get("last_sequence"), anchor.get("last_hash"));
		}
		assertIntact();
	}

	private void assertBrokenAt(long sequence, String what) {
		ChainVerification result = chain.verify();
		assertThat(result.intact()).as(what + " not detected").isFalse();
		assertThat(result.firstBrokenSequence()).as(what + ": " + result.problem()).isEqualTo(sequence);
	}

	private void assertIntact() {
		ChainVerification result = chain.verify();
		assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
	}

	/** A record of the chain this test built (the records before it are the seeding). */
	private long pick() {
		return first + random.nextInt(CHAIN);
	}

	private Map<String, Object> row(long sequence) {
		return new LinkedHashMap<>(jdbc.queryForMap("SELECT * FROM audit_record WHERE sequence = ?", sequence));
	}

	private void insert(Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
		jdbc.update("INSERT INTO audit_record (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
	}

	/** Moves record a's content to b's place and b's to a's, as a reordering attacker. */
	private void swap(long a, long b) {
		jdbc.update("UPDATE audit_record SET sequence = -1 WHERE sequence = ?", a);
		jdbc.update("UPDATE audit_record SET sequence = ? WHERE sequence = ?", a, b);
		jdbc.update("UPDATE audit_record SET sequence = ? WHERE sequence = -1", b);
	}

	/**
	 * The value with one byte (one character of its text) changed, still a valid value of
	 * the column's type: one hex digit of a hash or id, one second of the time, one
	 * letter of a name; a missing value becomes one character.
	 */
	private Object oneByteOff(String column, Object value) {
		if (value == null) {
			return column.endsWith("_id") && !column.equals("request_id") ? UUID.randomUUID() : "x";
		}
		if (value instanceof OffsetDateTime time) {
			return time.plusSeconds(1);
		}
		if (value instanceof UUID id) {
			return UUID.fromString(flip(id.toString(), "0123456789abcdef"));
		}
		String text = value.toString();
		if (column.equals("action")) {
			return text.equals("VIEW") ? "LIST" : "VIEW";
		}
		if (column.equals("outcome")) {
			return text.equals("ALLOWED") ? "DENIED" : "ALLOWED";
		}
		return flip(text, column.endsWith("hash") ? "0123456789abcdef" : "abcdefghijklmnopqrstuvwxyz");
	}

	private String flip(String text, String alphabet) {
		int at;
		do {
			at = random.nextInt(text.length());
		}
		while (alphabet.indexOf(text.charAt(at)) < 0 && text.chars().anyMatch(c -> alphabet.indexOf(c) >= 0));
		char old = text.charAt(at);
		char replacement;
		do {
			replacement = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		while (replacement == old);
		return text.substring(0, at) + replacement + text.substring(at + 1);
	}

	private boolean postgres() {
		return jdbc
			.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
	}

	private void assumeH2() {
		Assumptions.assumeFalse(postgres(), "tampering straight at the table is tried on H2");
	}

}
