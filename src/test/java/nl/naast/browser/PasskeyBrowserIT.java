package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator as the device and the
 * second sign-in step switched on: a coordinator signs in with password and e-mailed
 * code, adds a passkey on "Mijn account", signs out, and signs in again with the passkey
 * alone (it counts as both steps). Axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "naast.security.mfa-required-for-professionals=true")
class PasskeyBrowserIT extends BrowserTestBase {

	/** A passkey is bound to the exact origin, so the port is known before start. */
	static final int PORT = freePort();

	@DynamicPropertySource
	static void origin(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("naast.security.passkeys.origins", () -> "http://localhost:" + PORT);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCoordinatorAddsAPasskeyAndSignsInWithIt() {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		browser.addPasskeyDevice();
		browser.desktop();

		browser.open("/login");
		browser.waitForText(By.id("passkey-signin"), "Inloggen met een passkey");
		browser.assertAccessible();
		browser.signIn(coordinator.email(), Fixtures.PASSWORD);
		browser.waitForHeading("Nog één stap");
		browser.assertAccessible();
		browser.type("code", codeMailedTo(coordinator.email()));
		browser.submit(By.cssSelector("form.form button[type=submit]"));
		browser.waitForText(By.tagName("h1"), "gezinnen");

		browser.click(By.cssSelector("a.account-link"));
		browser.waitForHeading("Mijn account");
		assertThat(browser.text()).contains(coordinator.email(), "procesbegeleider", "U heeft nog geen passkey.");
		browser.assertAccessible();
		browser.type("passkey-label", "Laptop werk");
		browser.click(By.cssSelector("#passkey-add button[type=submit]"));
		browser.waitForText(By.cssSelector(".notice"), "De passkey is toegevoegd.");
		assertThat(browser.texts(By.cssSelector("table.passkeys td"))).contains("Laptop werk", "Nog niet");
		browser.assertAccessible();

		browser.signOut();
		browser.click(By.id("passkey-signin"));
		// the passkey is both steps: no code page, straight to the families
		browser.waitForText(By.tagName("h1"), "gezinnen");
		assertThat(browser.url()).doesNotContain("/login");
		browser.open("/account");
		browser.waitForHeading("Mijn account");
		assertThat(browser.texts(By.cssSelector("table.passkeys td"))).doesNotContain("Nog niet");

		// removing it: the person is told, and the passkey is gone
		browser.submit(By.cssSelector("table.passkeys button"));
		browser.waitForText(By.cssSelector(".notice"), "De passkey is verwijderd.");
		assertThat(browser.text()).contains("U heeft nog geen passkey.");
		browser.phone();
		assertThat(browser.fitsWidth()).isTrue();
		browser.assertAccessible();
		browser.desktop();
	}

	/** The newest code Naast mailed (the test profile keeps mail in the outbox table). */
	private String codeMailedTo(String email) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class,
					email) > 0);
		String body = jdbc.queryForObject(
				"SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY sent_at DESC LIMIT 1", String.class, email);
		Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
