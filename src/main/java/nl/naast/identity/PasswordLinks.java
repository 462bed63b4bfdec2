package nl.naast.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import nl.naast.shared.Hashing;
import nl.naast.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links to choose a password: for a new account (activation) and after "forgot
 * password". Only a hash of the token is stored; a link works once and expires.
 */
@Component
class PasswordLinks {

	enum Purpose {

		ACTIVATION(Duration.ofDays(7)), RESET(Duration.ofHours(1));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	PasswordLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a token for the account and returns it; only its hash is kept. */
	String issue(UUID accountId, Purpose purpose) {
		String token = Tokens.next();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO account_token (token_hash, account_id, purpose, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?)
				""")
			.params(Hashing.sha256Hex(token), accountId, purpose.name(), now, now.plus(purpose.lifetime))
			.update();
		return token;
	}

	/** The account a still valid, unused token belongs to. */
	Optional<UUID> holder(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT account_id FROM account_token
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
				""")
			.params(Hashing.sha256Hex(token), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Marks the token used; false when it was used meanwhile (two tabs), so it can never
	 * work twice.
	 */
	boolean consume(String token) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		return jdbc.sql("""
				UPDATE account_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
				""").params(now, Hashing.sha256Hex(token), now).update() == 1;
	}

}
