package nl.naast.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.Hashing;
import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.Postbox;

/**
 * Six-digit codes by e-mail for the second sign-in step. A code belongs to one account
 * and is checked only against that account: a code mailed to someone else never fits. It
 * works once, for a short time, and a few wrong tries end it.
 */
@Component
class SignInCodes {

	enum Outcome {

		ACCEPTED, WRONG, EXPIRED,
		/** too many wrong codes for this account lately: the code step is refused */
		LOCKED

	}

	/** Where the account's current code stands. */
	enum State {

		/** no code, or the last one was used or timed out: a new one may be sent */
		NONE,
		/** a code that can still be used */
		ACTIVE,
		/** the code ran out of tries; only an explicit request sends a new one */
		SPENT

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInProperties properties;

	private final Postbox postbox;

	private final MessageSource messages;

	SignInCodes(JdbcClient jdbc, Clock clock, SignInProperties properties, Postbox postbox, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.postbox = postbox;
		this.messages = messages;
	}

	/** Whether the account has a code that can still be used. */
	@Transactional(readOnly = true)
	boolean pending(UUID accountId) {
		return jdbc
			.sql("SELECT COUNT(*) FROM sign_in_code WHERE account_id = ? AND used_at IS NULL AND expires_at > ? "
					+ "AND attempts < ?")
			.params(accountId, now(), properties.codeAttempts())
			.query(Long.class)
			.single() > 0;
	}

	/** Where the account's current code stands. */
	@Transactional(readOnly = true)
	State state(UUID accountId) {
		if (pending(accountId)) {
			return State.ACTIVE;
		}
		long spent = jdbc
			.sql("SELECT COUNT(*) FROM sign_in_code WHERE account_id = ? AND used_at IS NULL AND expires_at > ?")
			.params(accountId, now())
			.query(Long.class)
			.single();
		return spent > 0 ? State.SPENT : State.NONE;
	}

	/**
	 * Whether the account typed too many wrong codes within the failure window, over all
	 * its codes.
	 */
	@Transactional(readOnly = true)
	boolean locked(UUID accountId) {
		return count(accountId, "WRONG", properties.codeFailureWindow()) >= properties.codeFailures();
	}

	/**
	 * Replaces any earlier code of the account with a new one and mails it, unless the
	 * account already had its share of codes within the issue window.
	 * @return whether a code was sent
	 */
	@Transactional
	boolean issue(UUID accountId, String email, String name) {
		// the account row lock puts issues for one account in a row: the limit holds and
		// only one code stays valid
		jdbc.sql("SELECT id FROM account WHERE id = ? FOR UPDATE").param(accountId).query(Object.class).list();
		if (count(accountId, "ISSUED", properties.codeIssueWindow()) >= properties.codesPerWindow()) {
			return false;
		}
		String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM sign_in_code WHERE account_id = ?").param(accountId).update();
		jdbc.sql("""
				INSERT INTO sign_in_code (account_id, code_hash, created_at, expires_at, attempts)
				VALUES (?, ?, ?, ?, 0)""")
			.params(accountId, hash(accountId, code), at(now), at(now.plus(properties.codeValidity())))
			.update();
		record(accountId, "ISSUED");
		Object[] args = { name, code, properties.codeValidity().toMinutes() };
		Locale nl = Locale.forLanguageTag("nl");
		String subject = messages.getMessage("mail.signInCode.subject", null, nl) + " / "
				+ messages.getMessage("mail.signInCode.subject", null, Locale.ENGLISH);
		String body = messages.getMessage("mail.signInCode.body", args, nl) + "\n\n-----\n\n"
				+ messages.getMessage("mail.signInCode.body", args, Locale.ENGLISH);
		postbox.send(new Mail(email, subject, body));
		return true;
	}

	/**
	 * Uses the account's code when it fits. The try is counted first, with a conditional
	 * update, so parallel guesses can never get past the maximum; the hash is compared
	 * only when that update took a try. A second conditional update makes a code work
	 * once.
	 */
	@Transactional
	Outcome use(UUID accountId, String code) {
		if (locked(accountId)) {
			return Outcome.LOCKED;
		}
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		int counted = jdbc.sql("""
				UPDATE sign_in_code SET attempts = attempts + 1
				WHERE account_id = :account AND used_at IS NULL AND expires_at > :now AND attempts < :max""")
			.param("now", now())
			.param("account", accountId)
			.param("max", properties.codeAttempts())
			.update();
		if (counted == 0) {
			return Outcome.EXPIRED;
		}
		String stored = jdbc.sql("SELECT code_hash FROM sign_in_code WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.orElse("");
		if (MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				hash(accountId, typed).getBytes(StandardCharsets.US_ASCII))) {
			int used = jdbc.sql("UPDATE sign_in_code SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
				.params(now(), accountId)
				.update();
			return used == 1 ? Outcome.ACCEPTED : Outcome.EXPIRED;
		}
		record(accountId, "WRONG");
		if (locked(accountId)) {
			return Outcome.LOCKED;
		}
		return pending(accountId) ? Outcome.WRONG : Outcome.EXPIRED;
	}

	private long count(UUID accountId, String kind, java.time.Duration window) {
		return jdbc.sql("SELECT COUNT(*) FROM sign_in_code_event WHERE account_id = ? AND kind = ? AND at > ?")
			.params(accountId, kind, at(clock.instant().minus(window)))
			.query(Long.class)
			.single();
	}

	private void record(UUID accountId, String kind) {
		// events older than both windows no longer count
		java.time.Duration keep = properties.codeFailureWindow().compareTo(properties.codeIssueWindow()) > 0
				? properties.codeFailureWindow() : properties.codeIssueWindow();
		jdbc.sql("DELETE FROM sign_in_code_event WHERE account_id = ? AND at < ?")
			.params(accountId, at(clock.instant().minus(keep)))
			.update();
		jdbc.sql("INSERT INTO sign_in_code_event (account_id, kind, at) VALUES (?, ?, ?)")
			.params(accountId, kind, now())
			.update();
	}

	private OffsetDateTime now() {
		return at(clock.instant());
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String hash(UUID accountId, String code) {
		return Hashing.sha256Hex(accountId + ":" + code);
	}

}
