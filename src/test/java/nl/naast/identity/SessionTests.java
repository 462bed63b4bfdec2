package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.support.Fixtures;
import nl.naast.support.MovableClock;
import nl.naast.support.SignIn;

/**
 * Sessions (ASVS 7.2-7.4, goal G20): a new id on signing in, the old one dead; signing
 * out ends the session on the server; idle and absolute timeouts at their configured
 * values to the second, by the application's clock; "sign out everywhere" and disabling
 * an account end the person's other sessions on their next request. The cookie tests use
 * a real server and HTTP client, as a browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ Fixtures.class, ClockAndSlowMail.class })
class SessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Duration SECOND = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	Sessions sessions;

	@Autowired
	PasswordLinks links;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void now() {
		clock.moveTo(Instant.now());
	}

	@Test
	void signingInGivesANewSessionIdAndTheOldOneIsDead() throws Exception {
		AccountSummary account = fixtures.account(Role.COORDINATOR);
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
		String csrf = csrfIn(send(browser, httpGet("/login")).body());
		String before = sessionCookie(jar);
		assertThat(before).as("the sign-in page starts a session for its CSRF token").isNotNull();

		HttpResponse<String> signIn = send(browser,
				httpPost("/login", Map.of("_csrf", csrf, "username", account.email(), "password", Fixtures.PASSWORD)));
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String after = sessionCookie(jar);
		assertThat(after).isNotEqualTo(before).matches("[0-9A-F]{32,}");

		assertThat(send(HttpClient.newHttpClient(), withCookie(httpGet("/notifications"), before)).headers()
			.firstValue("Location")
			.orElse("")).as("the id from before signing in opens nothing").endsWith("/login");
		assertThat(send(HttpClient.newHttpClient(), withCookie(httpGet("/notifications"), after)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aCookieReplayedAfterSigningOutGetsTheSignInPage() throws Exception {
		AccountSummary account = fixtures.account(Role.PARENT);
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
		send(browser, httpPost("/login", Map.of("_csrf", csrfIn(send(browser, httpGet("/login")).body()), "username",
				account.email(), "password", Fixtures.PASSWORD)));
		String signedIn = sessionCookie(jar);
		String csrf = csrfIn(send(browser, httpGet("/notifications")).body());

		HttpResponse<String> signOut = send(browser, httpPost("/logout", Map.of("_csrf", csrf)));
		assertThat(signOut.headers().firstValue("Location").orElse("")).endsWith("/login?logout");

		HttpResponse<String> replay = send(HttpClient.newHttpClient(), withCookie(httpGet("/notifications"), signedIn));
		assertThat(replay.statusCode()).isEqualTo(302);
		assertThat(replay.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void anUnusedSessionEndsAfterTheIdleTimeoutToTheSecond() throws Exception {
		Duration idle = sessions.idleTimeout();
		MockHttpSession session = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		clock.moveTo(clock.instant().plus(idle).minus(SECOND));
		assertThat(status(session, "/notifications")).isEqualTo(200);
		// used just now: the idle time starts again
		clock.moveTo(clock.instant().plus(idle).minus(SECOND));
		assertThat(status(session, "/notifications")).isEqualTo(200);
		clock.moveTo(clock.instant().plus(idle).plus(SECOND));
		MvcResult ended = mvc.perform(get("/notifications").session(session)).andReturn();
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/login?idle");
		assertThat(session.isInvalid()).as("ended on the server, not only in the browser").isTrue();
		assertThat(mvc.perform(get("/login?idle")).andReturn().getResponse().getContentAsString())
			.contains("U was een tijd niet actief");
	}

	@Test
	void htmxIsToldToLoadTheSignInPageInsteadOfSwappingItIn() throws Exception {
		MockHttpSession session = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		clock.moveTo(clock.instant().plus(sessions.idleTimeout()).plus(SECOND));
		MvcResult ended = mvc.perform(get("/notifications").session(session).header("HX-Request", "true")).andReturn();
		assertThat(ended.getResponse().getHeader("HX-Redirect")).isEqualTo("/login?idle");
	}

	@Test
	void aBusySessionEndsAfterTheAbsoluteTimeoutToTheSecond() throws Exception {
		Duration absolute = sessions.absoluteTimeout();
		Duration step = sessions.idleTimeout().minus(SECOND);
		Instant signedIn = clock.instant();
		MockHttpSession session = SignIn.as(mvc, fixtures.account(Role.PARTNER));
		Instant end = signedIn.plus(absolute);
		while (clock.instant().plus(step).isBefore(end.minus(SECOND))) {
			clock.moveTo(clock.instant().plus(step));
			assertThat(status(session, "/notifications")).as("at " + clock.instant()).isEqualTo(200);
		}
		clock.moveTo(end.minus(SECOND));
		assertThat(status(session, "/notifications")).isEqualTo(200);
		clock.moveTo(end.plus(SECOND));
		assertThat(mvc.perform(get("/notifications").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?renew");
		assertThat(mvc.perform(get("/login?renew&lang=en")).andReturn().getResponse().getContentAsString())
			.contains("signed in for a long time");
	}

	@Test
	void signingOutEverywhereEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		AccountSummary account = fixtures.account(Role.PARENT);
		MockHttpSession laptop = SignIn.as(mvc, account);
		MockHttpSession lostPhone = SignIn.as(mvc, account);
		MockHttpSession someoneElse = SignIn.as(mvc, fixtures.account(Role.PARENT));
		String laptopId = laptop.getId();

		String page = mvc.perform(get("/account").session(laptop)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Overal uitloggen", "action=\"/account/sessions/end\"");
		MvcResult ended = mvc.perform(post("/account/sessions/end").session(laptop).with(csrf())).andReturn();
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/account?othersEnded=true");

		assertThat(mvc.perform(get("/notifications").session(lostPhone)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
		assertThat(lostPhone.isInvalid()).isTrue();
		assertThat(laptop.getId()).as("this session goes on under a new id").isNotEqualTo(laptopId);
		assertThat(mvc.perform(get("/account?othersEnded=true").session(laptop))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("overal anders uitgelogd");
		assertThat(status(someoneElse, "/notifications")).isEqualTo(200);
		// signing in again works at once
		assertThat(status(SignIn.as(mvc, account), "/notifications")).isEqualTo(200);
	}

	@Test
	void disablingAnAccountEndsItsSessionsOnTheNextRequest() throws Exception {
		AccountSummary professional = fixtures.account(Role.PARTNER);
		MockHttpSession session = SignIn.as(mvc, professional);
		assertThat(status(session, "/notifications")).isEqualTo(200);
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		mvc.perform(post("/admin/accounts/enabled").session(admin)
			.with(csrf())
			.param("account", professional.id().toString())
			.param("enabled", "false")).andReturn();

		assertThat(mvc.perform(get("/notifications").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
		// enabled again, the old session stays dead
		accounts.setEnabled(professional.id(), true);
		assertThat(status(SignIn.as(mvc, professional), "/notifications")).isEqualTo(200);
	}

	@Test
	void aNewPasswordEndsTheSessionsOfWhoeverKnewTheOldOne() throws Exception {
		AccountSummary account = fixtures.account(Role.PARENT);
		MockHttpSession intruder = SignIn.as(mvc, account);
		String token = links.issue(account.id(), PasswordLinks.Purpose.RESET);
		assertThat(accounts.choosePassword(token, "een nieuwe lange zin voor mij")).isTrue();
		assertThat(mvc.perform(get("/notifications").session(intruder)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
	}

	private int status(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
	}

	private static String sessionCookie(CookieManager jar) {
		return jar.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("NAAST_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String csrfIn(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token").isTrue();
		return token.group(1);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest withCookie(HttpRequest request, String session) {
		return HttpRequest.newBuilder(request, (name, value) -> true)
			.header("Cookie", "NAAST_SESSION=" + session)
			.build();
	}

	private HttpRequest httpGet(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
	}

	private HttpRequest httpPost(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
