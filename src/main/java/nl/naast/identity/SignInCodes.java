package nl.naast.identity;

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

		ACCEPTED, WRONG, EXPIRED

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

	/** Replaces any earlier code of the account with a new one and mails it. */
	@Transactional
	void issue(UUID accountId, String email, String name) {
		String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM sign_in_code WHERE account_id = ?").param(accountId).update();
		jdbc.sql("""
				INSERT INTO sign_in_code (account_id, code_hash, created_at, expires_at, attempts)
				VALUES (?, ?, ?, ?, 0)""")
			.params(accountId, hash(accountId, code), at(now), at(now.plus(properties.codeValidity())))
			.update();
		Object[] args = { name, code, properties.codeValidity().toMinutes() };
		Locale nl = Locale.forLanguageTag("nl");
		String subject = messages.getMessage("mail.signInCode.subject", null, nl) + " / "
				+ messages.getMessage("mail.signInCode.subject", null, Locale.ENGLISH);
		String body = messages.getMessage("mail.signInCode.body", args, nl) + "\n\n-----\n\n"
				+ messages.getMessage("mail.signInCode.body", args, Locale.ENGLISH);
		postbox.send(new Mail(email, subject, body));
	}

	/**
	 * Uses the account's code when it fits. The conditional update makes a code work
	 * once, even when it is sent twice at the same moment.
	 */
	@Transactional
	Outcome use(UUID accountId, String code) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		int used = jdbc.sql("""
				UPDATE sign_in_code SET used_at = :now
				WHERE account_id = :account AND code_hash = :hash AND used_at IS NULL AND expires_at > :now
				  AND attempts < :max""")
			.param("now", now())
			.param("account", accountId)
			.param("hash", hash(accountId, typed))
			.param("max", properties.codeAttempts())
			.update();
		if (used == 1) {
			return Outcome.ACCEPTED;
		}
		jdbc.sql("UPDATE sign_in_code SET attempts = attempts + 1 WHERE account_id = ? AND used_at IS NULL")
			.param(accountId)
			.update();
		return pending(accountId) ? Outcome.WRONG : Outcome.EXPIRED;
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
