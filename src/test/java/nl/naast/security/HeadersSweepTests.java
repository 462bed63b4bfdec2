package nl.naast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.naast.family.FamilyFiles;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.meetings.CalendarFeeds;
import nl.naast.shared.web.ContentSecurityPolicyFilter;
import nl.naast.support.Fixtures;
import nl.naast.support.SignIn;

/**
 * Every answer Naast gives carries its protective headers: every page and download for
 * people who may see it and for those who may not, and on a real server the answers that
 * do not come from a page: not found, refused, failed, a bad request, static files,
 * health. The CSP nonce is new in every answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import({ Fixtures.class, HeadersSweepTests.Failures.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadersSweepTests {

	/** Only in this test's application: a page that fails, as a bug would. */
	static final String FAILING = "/account/test-failure";

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class Failures {

		@GetMapping(FAILING + "/runtime")
		String runtime() {
			throw new IllegalStateException("a bug in a page");
		}

		@GetMapping(FAILING + "/checked")
		String checked() throws Exception {
			throw new java.io.IOException("a failure no handler knows");
		}

	}

	static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");

	static final Set<String> STATIC = Set.of("/css/", "/js/", "/webjars/", "/img/", "/favicon.ico");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	FamilyFiles files;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	PlantedFile planted;

	AccountSummary admin;

	final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	/** Every nonce seen, over all tests of the class. */
	final List<String> nonces = new ArrayList<>();

	@BeforeAll
	void plantAFamilyAndSignIn() throws Exception {
		planted = new PlantedFile(fixtures, accounts, files, feeds);
		admin = fixtures.account(Role.ADMIN);
		sessions.put("anonymous", null);
		sessions.put("coordinator", SignIn.as(mvc, planted.family.coordinator()));
		sessions.put("parent", SignIn.as(mvc, planted.family.parent()));
		sessions.put("manager", SignIn.as(mvc, fixtures.account(Role.MANAGER)));
		sessions.put("admin", SignIn.as(mvc, admin));
	}

	@Test
	void everyPageAndDownloadForAnyoneCarriesTheHeaders() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (String route : PlantedFile.routes(mappings)) {
			if (!route.startsWith("GET ") || route.contains(FAILING)) {
				continue;
			}
			String path = planted.path(route.substring(4));
			for (var actor : sessions.entrySet()) {
				var request = get(path);
				if (actor.getValue() != null) {
					request.session(actor.getValue());
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				problems.addAll(problems(route + " as " + actor.getKey() + " (" + response.getStatus() + ")", path,
						response::getHeader, response.getContentAsString()));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(300);
		assertThat(problems).isEmpty();
	}

	@Test
	void errorsRefusalsStaticFilesAndHealthOnTheRealServerCarryTheHeaders() throws Exception {
		HttpClient anonymous = client();
		HttpClient coordinator = client();
		signIn(coordinator, planted.family.coordinator());
		String unknownFamily = "/families/" + UUID.randomUUID();
		Map<String, Integer> expected = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		// static files and health, for anyone
		for (String path : List.of("/css/naast.css", "/js/naast.js", "/webjars/htmx.org/dist/htmx.min.js",
				"/actuator/health", "/login", "/css/not-there.css")) {
			// health may be DOWN (503) in a test, without its mail server: the headers
			// matter
			problems.addAll(check(anonymous, "GET", path, null, Set.of(200, 404, 503)));
		}
		problems.addAll(check(anonymous, "GET", "/no-such-page", null, Set.of(302)));
		problems.addAll(check(anonymous, "GET", unknownFamily, null, Set.of(302)));
		problems.addAll(check(coordinator, "GET", "/no-such-page", null, Set.of(404)));
		problems.addAll(check(coordinator, "GET", unknownFamily, null, Set.of(404)));
		problems.addAll(check(coordinator, "GET", "/families/not-an-id", null, Set.of(404)));
		problems.addAll(check(coordinator, "GET", "/admin", null, Set.of(404)));
		problems.addAll(check(coordinator, "GET", FAILING + "/runtime", null, Set.of(500)));
		problems.addAll(check(coordinator, "GET", FAILING + "/checked", null, Set.of(500)));
		problems.addAll(check(coordinator, "GET", "/error", null, Set.of(500)));
		// refused by the firewall before any page: a bad request
		problems.addAll(check(coordinator, "GET", "/families;x=y", null, Set.of(400)));
		problems.addAll(check(coordinator, "GET", "/families/%2e%2e/admin", null, Set.of(400)));
		problems.addAll(check(anonymous, "GET", "//login", null, Set.of(400)));
		// a form without its CSRF token, and with a wrong one
		problems.addAll(check(coordinator, "POST", "/families/new", "name=x", Set.of(403)));
		problems.addAll(check(coordinator, "POST", "/families/new", "name=x&_csrf=wrong", Set.of(403)));
		problems.addAll(check(anonymous, "POST", "/login", "username=a&password=b&_csrf=wrong", Set.of(403)));
		// a GET-only page posted to, and a method nobody serves
		problems.addAll(check(coordinator, "DELETE", planted.family.path(), null, Set.of(403, 404, 405)));
		assertThat(problems).isEmpty();
	}

	@Test
	void theNonceIsNewInEveryAnswerAndEveryScriptCarriesIt() throws Exception {
		List<String> problems = new ArrayList<>();
		String[] paths = { "/login", "/", "/families", planted.family.path(), "/no-such-page", "/glossary" };
		for (int i = 0; i < 1000; i++) {
			String path = paths[i % paths.length];
			var request = get(path);
			if (i % 2 == 1) {
				request.session(sessions.get("coordinator"));
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			problems.addAll(problems(path + " #" + i, path, response::getHeader, response.getContentAsString()));
		}
		assertThat(problems).isEmpty();
		// with the answers of the other sweeps of this class, whichever ran before
		assertThat(nonces).hasSizeGreaterThanOrEqualTo(1000).doesNotHaveDuplicates();
		assertThat(nonces).allSatisfy(n -> assertThat(java.util.Base64.getDecoder().decode(n)).hasSizeGreaterThan(15));
	}

	@Test
	void overHttpsTheBrowserIsToldToStayOnHttpsForAYear() throws Exception {
		for (String path : List.of("/login", "/no-such-page", "/css/naast.css")) {
			String hsts = mvc.perform(get(path).secure(true))
				.andReturn()
				.getResponse()
				.getHeader("Strict-Transport-Security");
			assertThat(hsts).as(path).isNotNull().contains("includeSubDomains");
			Matcher age = Pattern.compile("max-age=(\\d+)").matcher(hsts);
			assertThat(age.find()).isTrue();
			assertThat(Long.parseLong(age.group(1))).isGreaterThanOrEqualTo(31_536_000L);
		}
	}

	/** What is missing or wrong in one answer's headers and, for pages, its scripts. */
	List<String> problems(String where, String path, Function<String, String> header, String body) {
		List<String> problems = new ArrayList<>();
		String csp = header.apply("Content-Security-Policy");
		if (csp == null) {
			problems.add(where + ": no Content-Security-Policy");
		}
		else {
			for (String directive : List.of("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
					"default-src 'self'", "form-action 'self'")) {
				if (!csp.contains(directive)) {
					problems.add(where + ": CSP without " + directive);
				}
			}
			if (csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*")) {
				problems.add(where + ": CSP allows too much: " + csp);
			}
			Optional<String> nonce = nonce(csp);
			if (nonce.isEmpty()) {
				problems.add(where + ": CSP without a nonce");
			}
			nonce.ifPresent(nonces::add);
			String type = header.apply("Content-Type");
			if (type != null && type.startsWith("text/html") && nonce.isPresent()) {
				for (Element script : Jsoup.parse(body).select("script")) {
					if (!script.attr("nonce").equals(nonce.get())) {
						problems.add(where + ": a script without this answer's nonce: " + script);
					}
				}
			}
		}
		expect(problems, where, header, "X-Content-Type-Options", "nosniff");
		expect(problems, where, header, "X-Frame-Options", "DENY");
		expect(problems, where, header, "Referrer-Policy", "same-origin");
		expect(problems, where, header, "Cross-Origin-Opener-Policy", "same-origin");
		String permissions = header.apply("Permissions-Policy");
		if (permissions == null || !permissions.contains("camera=()") || !permissions.contains("microphone=()")
				|| !permissions.contains("geolocation=()")) {
			problems.add(where + ": Permissions-Policy is " + permissions);
		}
		boolean staticFile = STATIC.stream().anyMatch(path::startsWith);
		String cache = header.apply("Cache-Control");
		if (!staticFile && (cache == null || !cache.contains("no-store"))) {
			problems.add(where + ": Cache-Control is " + cache);
		}
		return problems;
	}

	private static void expect(List<String> problems, String where, Function<String, String> header, String name,
			String value) {
		String actual = header.apply(name);
		if (actual == null || !actual.equalsIgnoreCase(value)) {
			problems.add(where + ": " + name + " is " + actual);
		}
	}

	static Optional<String> nonce(String csp) {
		if (csp == null) {
			return Optional.empty();
		}
		Matcher m = NONCE.matcher(csp);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	private HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private void signIn(HttpClient client, AccountSummary account) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = Jsoup.parse(page).selectFirst("input[name=_csrf]").attr("value");
		HttpResponse<String> response = client.send(
				post("/login",
						"username=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
								+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private List<String> check(HttpClient client, String method, String path, String form, Set<Integer> statuses)
			throws Exception {
		HttpRequest request = form != null ? post(path, form)
				: HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		String where = method + " " + path + " (" + response.statusCode() + ")";
		List<String> problems = new ArrayList<>(
				problems(where, path, name -> response.headers().firstValue(name).orElse(null), response.body()));
		if (!statuses.contains(response.statusCode())) {
			problems.add(where + ": expected one of " + statuses);
		}
		String body = response.body();
		if (body.contains("Exception") || body.contains("at nl.naast") || body.contains("a bug in a page")) {
			problems.add(where + ": the body tells about the failure");
		}
		return problems;
	}

}
