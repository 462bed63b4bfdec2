package nl.naast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.naast.family.FamilyFiles;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.meetings.CalendarFeeds;
import nl.naast.support.Fixtures;
import nl.naast.support.SignIn;

/**
 * DAST in a test: about a hundred hostile or odd inputs go into every field of every form
 * and every parameter of every route, as the people who use them; Naast never fails (no
 * 5xx), and afterwards no page that shows what was stored holds anything a browser would
 * run: no script without the answer's nonce, no event handler attribute, no javascript:
 * address, no injected markup, no evaluated template. The log keeps every input on its
 * own line and never holds a session id or password.
 *
 * <p>
 * Payloads are sampled per field with a seeded random (the seed is printed; set
 * {@code -Dnaast.corpus.seed=...} to repeat a run), so that every payload reaches every
 * kind of field over the routes while the class stays fast.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class InputCorpusTests {

	/** Payloads per field, one after the other through the corpus. */
	static final int PER_FIELD = 3;

	/** Routes whose use takes something away (access, an account, a team): last. */
	static final Pattern TAKES_AWAY = Pattern
		.compile(".*/(delete|end|closing|enabled|revoke|unassign|assign|remove|withdraw|discard|cancel|decision)$");

	static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
			"poster", "background", "srcdoc", "hx-get", "hx-post");

	static final Set<String> NEVER_WRITTEN_BY_NAAST = Set.of("iframe", "object", "embed", "base", "frame", "frameset",
			"applet", "math", "template", "style");

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

	final List<String> payloads = Payloads.all();

	final long seed = Long.getLong("naast.corpus.seed", System.nanoTime());

	final Random random = new Random(seed);

	int next;

	PlantedFile planted;

	final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	/** A form as a page offers it: who saw it, where it posts and what it sends. */
	record Form(String actor, String action, Map<String, String> fields, Set<String> files) {
	}

	/** Per POST route: the forms found on the pages, or the parameters of its handler. */
	final Map<String, Form> forms = new TreeMap<>();

	final List<String> failures = new ArrayList<>();

	int requests;

	/** How often each status came back: most requests must reach the page. */
	final Map<Integer, Integer> statuses = new TreeMap<>();

	@BeforeAll
	void plantAFamilyAndSignIn() throws Exception {
		System.out.println("InputCorpusTests seed: " + seed + " (-Dnaast.corpus.seed=" + seed + " repeats it)");
		planted = new PlantedFile(fixtures, accounts, files, feeds);
		sessions.put("coordinator", SignIn.as(mvc, planted.family.coordinator()));
		sessions.put("parent", SignIn.as(mvc, planted.family.parent()));
		sessions.put("youth", SignIn.as(mvc, planted.family.youth()));
		Fixtures.TeamMember member = fixtures.teamMember(planted.family);
		fixtures.consent(planted.family, member, nl.naast.access.FilePart.values());
		sessions.put("member", SignIn.as(mvc, member.account()));
		sessions.put("manager", SignIn.as(mvc, fixtures.account(Role.MANAGER)));
		sessions.put("admin", SignIn.as(mvc, fixtures.account(Role.ADMIN)));
		sessions.put("anonymous", null);
		findForms();
	}

	@Test
	@Order(1)
	void hostileInputIntoEveryFieldAndParameterNeverFailsTheServer(CapturedOutput output) throws Exception {
		List<String> routes = PlantedFile.routes(mappings);
		// query parameters and path ids of every page
		for (String route : routes) {
			// the error page asked for directly answers 500 by design: it has no error to
			// show
			if (!route.startsWith("GET ") || route.equals("GET /error")) {
				continue;
			}
			String pattern = route.substring(4);
			Set<String> parameters = new LinkedHashSet<>(parameters(route));
			parameters.addAll(List.of("page", "q", "status", "lang"));
			String actor = actorFor(pattern);
			for (String parameter : parameters) {
				String payload = nextPayload();
				send(route + " ?" + parameter, actor,
						get(planted.path(pattern)).queryParam(parameter, payload).queryParam(parameter + "2", payload),
						payload);
			}
			if (pattern.contains("{")) {
				String payload = nextPayload();
				String path = pattern.replaceAll("\\{[^}]+\\}", URLEncoder.encode(payload, StandardCharsets.UTF_8));
				if (path.length() < 4000) {
					send(route + " path", actor, get(URI.create(path.replace("+", "%20"))), payload);
				}
			}
		}
		// every field of every form, then every field at once
		for (String route : routes) {
			if (route.startsWith("POST ") && !TAKES_AWAY.matcher(route).matches()) {
				fuzzForm(route);
			}
		}
		// signing in with hostile names and passwords
		for (String payload : Payloads.LINE_BREAKS) {
			send("POST /login", "anonymous",
					post("/login").with(csrf()).param("username", payload + "@naast.test").param("password", payload),
					payload);
		}
		System.out.println("InputCorpusTests: " + requests + " requests, statuses " + statuses + "; forms found for "
				+ forms.size() + " of " + routes.stream().filter(r -> r.startsWith("POST ")).count() + " POST routes: "
				+ forms.keySet());
		assertThat(requests).isGreaterThan(1000);
		// most inputs reach a page or its validation, not a refusal
		assertThat(statuses.getOrDefault(200, 0) + statuses.getOrDefault(302, 0)).isGreaterThan(requests / 2);
		assertThat(failures).as("5xx answers (seed " + seed + ")").isEmpty();
		assertLogHygiene(output);
	}

	@Test
	@Order(2)
	void noPageShowingStoredInputHoldsAnythingABrowserWouldRun(CapturedOutput output) throws Exception {
		List<String> findings = new ArrayList<>();
		int pages = 0;
		int showingPayloads = 0;
		for (String route : PlantedFile.routes(mappings)) {
			if (!route.startsWith("GET ")) {
				continue;
			}
			String path = planted.path(route.substring(4));
			for (var actor : sessions.entrySet()) {
				var request = get(path);
				if (actor.getValue() != null) {
					request.session(actor.getValue());
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				String type = response.getContentType();
				if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
					continue;
				}
				pages++;
				String body = response.getContentAsString();
				if (body.contains(Payloads.MARKER)) {
					showingPayloads++;
				}
				String nonce = HeadersSweepTests.nonce(response.getHeader("Content-Security-Policy")).orElse("none");
				for (String finding : executable(Jsoup.parse(body), nonce, body)) {
					findings.add(route + " as " + actor.getKey() + ": " + finding);
				}
			}
		}
		// the sweep can fail: pages really show what was sent, escaped
		assertThat(pages).isGreaterThan(100);
		assertThat(showingPayloads).isGreaterThan(20);
		assertThat(findings).isEmpty();
		assertLogHygiene(output);
	}

	@Test
	@Order(3)
	void hostileInputIntoWhatTakesThingsAwayNeverFailsTheServerEither(CapturedOutput output) throws Exception {
		failures.clear();
		for (String route : PlantedFile.routes(mappings)) {
			if (route.startsWith("POST ") && TAKES_AWAY.matcher(route).matches()) {
				fuzzForm(route);
			}
		}
		assertThat(failures).as("5xx answers (seed " + seed + ")").isEmpty();
		assertLogHygiene(output);
	}

	@Test
	@Order(4)
	void aSessionOnTheRealServerNeverReachesTheLog(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = Jsoup.parse(login).selectFirst("input[name=_csrf]").attr("value");
		String email = planted.family.coordinator().email();
		client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		List<String> sessionIds = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().contains("SESSION"))
			.map(HttpCookie::getValue)
			.toList();
		assertThat(sessionIds).isNotEmpty();
		for (String path : List.of("/", "/families", planted.family.path(), "/no-such-page",
				"/families/" + java.util.UUID.randomUUID(), "/families/not-an-id", "/error")) {
			client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}
		for (String sessionId : sessionIds) {
			assertThat(output.getAll()).doesNotContain(sessionId);
		}
		assertLogHygiene(output);
	}

	private java.net.URI uri(String path) {
		return java.net.URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * Each field gets a payload of its own with the others as the page filled them; then
	 * every field gets the same payload, three times.
	 */
	private void fuzzForm(String route) throws Exception {
		Form form = forms.get(route);
		List<String> actors = form != null ? List.of(form.actor())
				: List.of("coordinator", "parent", "admin", "manager");
		for (String actor : actors) {
			String action = form != null ? form.action() : planted.path(route.substring(5));
			Map<String, String> defaults = form != null ? form.fields() : new LinkedHashMap<>();
			Set<String> fileFields = form != null ? form.files() : Set.of();
			Set<String> names = new LinkedHashSet<>(defaults.keySet());
			names.addAll(parameters(route));
			for (String name : names) {
				for (int i = 0; i < PER_FIELD; i++) {
					String payload = nextPayload();
					Map<String, String> fields = new LinkedHashMap<>(defaults);
					fields.put(name, payload);
					send(route + " [" + name + "]", actor, formRequest(action, fields, fileFields, "melding.pdf"),
							payload);
				}
			}
			for (int i = 0; i < 3; i++) {
				String payload = i == 0 ? Payloads.XSS.get(random.nextInt(Payloads.XSS.size())) : nextPayload();
				Map<String, String> fields = new LinkedHashMap<>();
				names.forEach(name -> fields.put(name, payload));
				send(route + " [all]", actor, formRequest(action, fields, fileFields, payload + ".pdf"), payload);
			}
		}
	}

	private AbstractMockHttpServletRequestBuilder<?> formRequest(String action, Map<String, String> fields,
			Set<String> fileFields, String fileName) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (fileFields.isEmpty()) {
			request = post(action);
		}
		else {
			MockMultipartHttpServletRequestBuilder upload = multipart(action);
			fileFields
				.forEach(name -> upload.file(new MockMultipartFile(name, fileName, "application/pdf", Fixtures.PDF)));
			request = upload;
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private void send(String where, String actor, AbstractMockHttpServletRequestBuilder<?> request, String payload) {
		MockHttpSession session = sessions.get(actor);
		if (session != null) {
			request.session(session);
		}
		requests++;
		try {
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500) {
				failures.add(where + " as " + actor + " with " + Payloads.shown(payload) + ": " + status);
			}
		}
		catch (Exception e) {
			failures.add(where + " as " + actor + " with " + Payloads.shown(payload) + ": " + e);
		}
	}

	private String nextPayload() {
		// in order through the corpus from a random start, so every payload is used
		if (next == 0) {
			next = random.nextInt(payloads.size()) + 1;
		}
		return payloads.get(next++ % payloads.size());
	}

	/**
	 * Who most likely may use a route: the family's coordinator, or whoever it is for.
	 */
	private static String actorFor(String pattern) {
		if (pattern.startsWith("/admin")) {
			return "admin";
		}
		if (pattern.startsWith("/reports") || pattern.startsWith("/journey/trends")
				|| pattern.startsWith("/signals/themes")) {
			return "manager";
		}
		return "coordinator";
	}

	/**
	 * The names a route's handler reads: request parameters and the fields of its form
	 * record.
	 */
	private List<String> parameters(String route) {
		List<String> names = new ArrayList<>();
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			boolean methodMatches = e.getKey().getMethodsCondition().getMethods().isEmpty() ? method.equals("GET")
					: e.getKey().getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(method));
			if (!methodMatches || !e.getKey().getPatternValues().contains(pattern)) {
				continue;
			}
			for (MethodParameter parameter : e.getValue().getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				Class<?> type = parameter.getParameterType();
				if (param != null && !Map.class.isAssignableFrom(type)
						&& !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type)) {
					String name = !param.name().isEmpty() ? param.name() : param.value();
					names.add(name.isEmpty() ? parameter.getParameterName() : name);
				}
				else if (param == null && type.isRecord() && type.getName().startsWith("nl.naast")) {
					for (RecordComponent component : type.getRecordComponents()) {
						names.add(component.getName());
					}
				}
			}
		}
		return names;
	}

	/** Reads every form on every page, as each person sees it. */
	private void findForms() throws Exception {
		Map<String, Pattern> posts = new LinkedHashMap<>();
		for (String route : PlantedFile.routes(mappings)) {
			if (route.startsWith("POST ")) {
				posts.put(route, Pattern.compile(route.substring(5).replaceAll("\\{[^}]+\\}", "[^/]+")));
			}
		}
		for (String route : PlantedFile.routes(mappings)) {
			if (!route.startsWith("GET ")) {
				continue;
			}
			String path = planted.path(route.substring(4));
			for (var actor : sessions.entrySet()) {
				var request = get(path);
				if (actor.getValue() != null) {
					request.session(actor.getValue());
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				String type = response.getContentType();
				if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
					continue;
				}
				for (Element form : Jsoup.parse(response.getContentAsString()).select("form")) {
					String action = form.hasAttr("hx-post") ? form.attr("hx-post") : form.attr("action");
					if (action.isEmpty()) {
						action = path;
					}
					String target = action.replaceAll("[?#].*$", "");
					boolean isPost = form.attr("method").equalsIgnoreCase("post") || form.hasAttr("hx-post");
					if (!isPost) {
						continue;
					}
					for (var post : posts.entrySet()) {
						if (post.getValue().matcher(target).matches()) {
							Form found = read(actor.getKey(), action, form);
							Form known = forms.get(post.getKey());
							if (known == null || known.fields().size() < found.fields().size()) {
								forms.put(post.getKey(), found);
							}
						}
					}
				}
			}
		}
	}

	private static Form read(String actor, String action, Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		Set<String> files = new LinkedHashSet<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			String type = input.attr("type").toLowerCase(Locale.ROOT);
			if (type.equals("file")) {
				files.add(name);
			}
			else if (input.normalName().equals("textarea")) {
				fields.putIfAbsent(name, input.wholeText());
			}
			else if (input.normalName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				if (selected == null) {
					selected = input.selectFirst("option");
				}
				fields.putIfAbsent(name, selected == null ? "" : selected.attr("value"));
			}
			else if (type.equals("checkbox") || type.equals("radio")) {
				if (input.hasAttr("checked") || !fields.containsKey(name)) {
					fields.put(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
				}
			}
			else {
				fields.putIfAbsent(name, input.attr("value"));
			}
		}
		Element button = form.selectFirst("button[name]");
		if (button != null) {
			fields.putIfAbsent(button.attr("name"), button.attr("value"));
		}
		return new Form(actor, action, fields, files);
	}

	@Test
	@Order(0)
	void theCheckFindsWhatABrowserWouldRun() {
		String nonce = "abc";
		assertThat(executable(
				Jsoup.parse("<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"/x\">x</a></p>"
						+ "<script nonce=abc src=/js/naast.js></script><input value=\"&quot; onfocus=&quot;x\">"),
				nonce, ""))
			.isEmpty();
		for (String injected : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"<a href=\" javascript:alert(1)\">x</a>", "<b class=naastxss>x</b>", "<input naastxss=1>",
				"<iframe src=/x></iframe>", "<meta http-equiv=refresh content=0>", "<p>naast49zz</p>",
				"<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>")) {
			assertThat(executable(Jsoup.parse(injected), nonce, injected)).as(injected).isNotEmpty();
		}
	}

	/** What in a page a browser would run, or would not have come from Naast. */
	static List<String> executable(Document page, String nonce, String body) {
		List<String> findings = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			String tag = element.normalName();
			if (tag.equals("script") && !element.attr("nonce").equals(nonce)) {
				findings.add("a script without the nonce: " + shorten(element.outerHtml()));
			}
			if (NEVER_WRITTEN_BY_NAAST.contains(tag)) {
				findings.add("a <" + tag + "> element: " + shorten(element.outerHtml()));
			}
			if (tag.equals("meta") && element.hasAttr("http-equiv")) {
				findings.add("a meta http-equiv: " + shorten(element.outerHtml()));
			}
			if (element.hasClass(Payloads.MARKER)) {
				findings.add("injected markup: " + shorten(element.outerHtml()));
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (name.startsWith("on") || name.equals(Payloads.MARKER)) {
					findings.add("attribute " + name + " on " + shorten(element.outerHtml()));
				}
				if (URL_ATTRIBUTES.contains(name)) {
					String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
					if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:text")
							|| url.startsWith("//")) {
						findings.add(name + "=" + shorten(attribute.getValue()) + " on <" + tag + ">");
					}
				}
			}
		}
		if (body.contains(Payloads.EVALUATED)) {
			findings.add("a template expression was evaluated");
		}
		return findings;
	}

	private static String shorten(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

	/**
	 * No input starts a log line of its own, and nothing secret is written: session ids
	 * and the test password.
	 */
	static void assertLogHygiene(CapturedOutput output) {
		String log = output.getAll();
		for (String line : log.split("\\R")) {
			assertThat(line.strip()).as("a log line started by input").doesNotStartWith(Payloads.FAKE_LOG_LINE);
			assertThat(line).as("a log line with a cookie from input").doesNotStartWith("Set-Cookie: naastcrlf");
		}
		assertThat(log).doesNotContain(Fixtures.PASSWORD);
	}

}
