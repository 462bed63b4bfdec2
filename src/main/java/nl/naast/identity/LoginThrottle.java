package nl.naast.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import nl.naast.shared.Hashing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per e-mail address and per client address, in the database so
 * that it holds across application nodes. The address key is hashed: the table must not
 * become a list of who tried to sign in. Unknown and known addresses are counted alike,
 * so throttling reveals nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThrottleProperties properties;

	LoginThrottle(JdbcClient jdbc, Clock clock, ThrottleProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	boolean blocked(String username, String clientAddress) {
		return blocked(accountKey(username), properties.maxFailuresPerAccount())
				|| blocked(addressKey(clientAddress), properties.maxFailuresPerAddress());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String username, String clientAddress) {
		count(accountKey(username));
		count(addressKey(clientAddress));
	}

	/** Only the account's own limit: for a password asked again while signed in. */
	@Transactional(readOnly = true)
	boolean blockedAccount(String username) {
		return blocked(accountKey(username), properties.maxFailuresPerAccount());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failedAccount(String username) {
		count(accountKey(username));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String username) {
		jdbc.sql("DELETE FROM login_failure WHERE throttle_key = ?").param(accountKey(username)).update();
	}

	private boolean blocked(String key, int max) {
		Instant windowStart = clock.instant().minus(properties.window());
		return current(key).filter(f -> f.since().isAfter(windowStart) && f.failures() >= max).isPresent();
	}

	private void count(String key) {
		Instant now = clock.instant();
		Optional<Failures> existing = current(key);
		if (existing.isEmpty()) {
			jdbc.sql("INSERT INTO login_failure (throttle_key, failures, since) VALUES (?, 1, ?)")
				.params(key, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
		else if (existing.get().since().isBefore(now.minus(properties.window()))) {
			jdbc.sql("UPDATE login_failure SET failures = 1, since = ? WHERE throttle_key = ?")
				.params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), key)
				.update();
		}
		else {
			jdbc.sql("UPDATE login_failure SET failures = failures + 1 WHERE throttle_key = ?").param(key).update();
		}
	}

	private Optional<Failures> current(String key) {
		return jdbc.sql("SELECT failures, since FROM login_failure WHERE throttle_key = ?")
			.param(key)
			.query((rs, n) -> new Failures(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
	}

	private static String accountKey(String username) {
		return "account:" + Hashing.sha256Hex(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String clientAddress) {
		return "address:" + Hashing.sha256Hex(clientAddress == null ? "" : clientAddress);
	}

	private record Failures(int failures, Instant since) {
	}

	/**
	 * @param maxFailuresPerAccount failed attempts on one e-mail address before it waits
	 * out the window
	 * @param maxFailuresPerAddress failed attempts from one client address (a shared
	 * office counts as one)
	 * @param window how long failures count
	 */
	@org.springframework.boot.context.properties.ConfigurationProperties("naast.login")
	record ThrottleProperties(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {

		ThrottleProperties {
			maxFailuresPerAccount = maxFailuresPerAccount <= 0 ? 5 : maxFailuresPerAccount;
			maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 50 : maxFailuresPerAddress;
			window = window == null ? Duration.ofMinutes(15) : window;
		}
	}

}
