package nl.naast.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.naast.NaastApplication;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;

/**
 * Two nodes of Naast with the postgres profile's settings on one database, as behind a
 * load balancer: a person signs in on one and goes on on the other, and signing out on
 * either ends the session on both. Runs on PostgreSQL when the suite does, else on one
 * in-memory H2 database that both nodes share.
 */
class SharedSessionsTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void twoNodes() {
		String url = System.getenv()
			.getOrDefault("NAAST_TEST_DB_URL", "jdbc:h2:mem:naast-nodes-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		first = node(url);
		second = node(url);
	}

	private static ConfigurableApplicationContext node(String url) {
		return new SpringApplicationBuilder(NaastApplication.class).profiles("test", "postgres")
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + System.getenv().getOrDefault("NAAST_TEST_DB_USER", "sa"),
					"--spring.datasource.password=" + System.getenv().getOrDefault("NAAST_TEST_DB_PASSWORD", ""),
					"--spring.jmx.enabled=false", "--logging.level.root=WARN",
					// the second sign-in step has its own tests; here one step is enough
					"--naast.security.mfa-required-for-professionals=false");
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void aPersonSignedInOnOneNodeGoesOnOnTheOtherUntilSignedOut() throws Exception {
		String email = newAccount("Sanne Twee Servers", Role.COORDINATOR);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> signIn = signIn(browser, first, email);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		JdbcTemplate database = first.getBean(JdbcTemplate.class);
		assertThat(database.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, email))
			.as("the session is kept in the database")
			.isEqualTo(1);

		HttpResponse<String> onTheOtherNode = send(browser, get(second, "/notifications"));
		assertThat(onTheOtherNode.statusCode()).isEqualTo(200);
		assertThat(onTheOtherNode.body()).contains("Sanne Twee Servers");

		HttpResponse<String> signOut = send(browser,
				post(second, "/logout", Map.of("_csrf", csrf(browser, second, "/notifications"))));
		assertThat(signOut.headers().firstValue("Location").orElse("")).contains("/login?logout");
		HttpResponse<String> backOnTheFirst = send(browser, get(first, "/notifications"));
		assertThat(backOnTheFirst.statusCode()).isEqualTo(302);
		assertThat(backOnTheFirst.headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(database.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, email))
			.isZero();
	}

	@Test
	void signingOutEverywhereOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		String email = newAccount("Sanne Twee Telefoons", Role.PARENT);
		HttpClient lostPhone = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpClient laptop = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(lostPhone, first, email);
		signIn(laptop, second, email);
		assertThat(send(lostPhone, get(first, "/notifications")).statusCode()).isEqualTo(200);

		HttpResponse<String> everywhere = send(laptop,
				post(second, "/account/sessions/end", Map.of("_csrf", csrf(laptop, second, "/account"))));
		assertThat(everywhere.headers().firstValue("Location").orElse("")).contains("/account?othersEnded=true");

		HttpResponse<String> onTheFirst = send(lostPhone, get(first, "/notifications"));
		assertThat(onTheFirst.statusCode()).isEqualTo(302);
		assertThat(onTheFirst.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
		assertThat(send(laptop, get(first, "/notifications")).statusCode()).as("the laptop goes on, on any node")
			.isEqualTo(200);
	}

	@Test
	void aSessionRowIsWrittenOnlyWhenANodeNeedsTheChange() throws Exception {
		String email = newAccount("Sanne Zelden Schrijven", Role.PARENT);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(browser, first, email);
		JdbcTemplate database = first.getBean(JdbcTemplate.class);
		String lastAccess = "SELECT last_access_time FROM spring_session WHERE principal_name = ?";
		// as if the last write was 40 seconds ago: more than the half minute the row
		// may lag behind
		long fortySecondsAgo = System.currentTimeMillis() - 40_000;
		database.update("UPDATE spring_session SET last_access_time = ? WHERE principal_name = ?", fortySecondsAgo,
				email);

		assertThat(send(browser, get(second, "/css/naast.css")).statusCode()).isEqualTo(200);
		assertThat(database.queryForObject(lastAccess, Long.class, email)).as("a static file does not open the session")
			.isEqualTo(fortySecondsAgo);

		assertThat(send(browser, get(second, "/notifications")).statusCode()).isEqualTo(200);
		long written = database.queryForObject(lastAccess, Long.class, email);
		assertThat(written).as("a page moves a stale last access on").isGreaterThan(fortySecondsAgo + 30_000);

		assertThat(send(browser, get(first, "/notifications")).statusCode()).isEqualTo(200);
		assertThat(database.queryForObject(lastAccess, Long.class, email)).as("a page soon after leaves the row alone")
			.isEqualTo(written);
	}

	@Test
	void theSessionStoreReadsWithoutATransactionAndWritesInOne() {
		TransactionOperations store = first.getBean("springSessionTransactionOperations", TransactionOperations.class);
		Object sessions = first.getBean("sessionRepository");
		assertThat(ReflectionTestUtils.getField(first.getBean(SessionRepositoryFilter.class), "sessionRepository"))
			.as("requests use the store that saves only what changed")
			.isSameAs(sessions);
		assertThat(sessions.getClass().getSimpleName()).isEqualTo("SparingSessionRepository");
		Object jdbcStore = ReflectionTestUtils.getField(sessions, "store");
		assertThat(jdbcStore).isInstanceOf(JdbcIndexedSessionRepository.class);
		assertThat(ReflectionTestUtils.getField(jdbcStore, "transactionOperations")).as("the session store uses them")
			.isSameAs(store);

		Boolean readInTransaction = store
			.execute(status -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(readInTransaction).as("a read is one statement: no commit to wait for on every request").isFalse();
		AtomicBoolean inTransaction = new AtomicBoolean();
		store.executeWithoutResult(
				status -> inTransaction.set(TransactionSynchronizationManager.isActualTransactionActive()));
		assertThat(inTransaction).as("a save writes the row and its attributes together").isTrue();
	}

	@Test
	void aLoadBalancersHealthProbeLeavesNoSessionBehind() throws Exception {
		JdbcTemplate database = first.getBean(JdbcTemplate.class);
		int before = database.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class);
		HttpClient probe = HttpClient.newHttpClient();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> health = send(probe, get(i % 2 == 0 ? first : second, "/actuator/health"));
			// (in tests the mail server's health is down: the status does not matter
			// here)
			assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
		}
		assertThat(database.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class)).isEqualTo(before);
	}

	private static String newAccount(String name, Role role) {
		String email = "nodes-" + UUID.randomUUID() + "@naast.test";
		first.getBean(Accounts.class).createWithPassword(email, name, role, null, Fixtures.PASSWORD);
		return email;
	}

	private static HttpResponse<String> signIn(HttpClient browser, ConfigurableApplicationContext node, String email)
			throws Exception {
		return send(browser, post(node, "/login",
				Map.of("_csrf", csrf(browser, node, "/login"), "username", email, "password", Fixtures.PASSWORD)));
	}

	private static String csrf(HttpClient browser, ConfigurableApplicationContext node, String path) throws Exception {
		Matcher token = CSRF.matcher(send(browser, get(node, path)).body());
		assertThat(token.find()).as("a CSRF token on " + path).isTrue();
		return token.group(1);
	}

	private static HttpResponse<String> send(HttpClient browser, HttpRequest request) throws Exception {
		return browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest get(ConfigurableApplicationContext node, String path) {
		return HttpRequest.newBuilder(uri(node, path)).build();
	}

	private static HttpRequest post(ConfigurableApplicationContext node, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
