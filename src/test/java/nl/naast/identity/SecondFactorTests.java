package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import nl.naast.support.Fixtures;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * With the second step switched on (as in production): a professional with only a
 * password gets nothing but the code page until the code from the e-mail is typed;
 * families are not held back. The code travels through a real SMTP conversation.
 */
@NaastTest
@TestPropertySource(properties = { "naast.security.mfa-required-for-professionals=true", "naast.mail.delivery=smtp" })
@Import(SecondFactorTests.Setup.class)
class SecondFactorTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void passwordOnlyProfessionalIsRefusedEveryNonPublicRouteUntilTheCodeIsTyped() throws Exception {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		MockHttpSession session = SignIn.as(mvc, coordinator);
		List<String> leaks = new ArrayList<>();
		List<String> routes = privateRoutes();
		assertThat(routes).hasSizeGreaterThan(50);
		for (String route : routes) {
			String[] parts = route.split(" ", 2);
			String path = parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			MvcResult result = mvc.perform(request(HttpMethod.valueOf(parts[0]), path).session(session).with(csrf()))
				.andReturn();
			int status = result.getResponse().getStatus();
			boolean refused = "GET".equals(parts[0])
					? status == 302 && "/login/code".equals(result.getResponse().getRedirectedUrl()) : status == 403;
			if (!refused) {
				leaks.add(route + " gave " + status);
			}
		}
		assertThat(leaks).as("routes open with a password alone").isEmpty();

		String before = session.getId();
		assertThat(mvc.perform(get("/login/code").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		String code = codeMailedTo(coordinator.email());
		MvcResult done = mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code)).andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(session.getId()).as("a new session id after the second step").isNotEqualTo(before);
		assertThat(mvc.perform(get("/families").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/login/code").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void signingInWithAPasswordGivesANewSessionId() throws Exception {
		AccountSummary parent = fixtures.account(Role.PARENT);
		MockHttpSession session = (MockHttpSession) mvc.perform(get("/login"))
			.andReturn()
			.getRequest()
			.getSession(true);
		String before = session.getId();
		MvcResult signedIn = mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("username", parent.email())
				.param("password", Fixtures.PASSWORD))
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(session.getId()).isNotEqualTo(before);
	}

	@Test
	void everyProfessionalRoleNeedsTheSecondStepAndFamiliesDoNot() throws Exception {
		for (Role role : Role.values()) {
			MockHttpSession session = SignIn.as(mvc, fixtures.account(role));
			MvcResult home = mvc.perform(get("/account").session(session)).andReturn();
			if (role.professional()) {
				assertThat(home.getResponse().getRedirectedUrl()).as(role.name()).isEqualTo("/login/code");
			}
			else {
				assertThat(home.getResponse().getStatus()).as(role.name()).isEqualTo(200);
				assertThat(mvc.perform(get("/families").session(session)).andReturn().getResponse().getStatus())
					.as(role.name())
					.isEqualTo(200);
			}
		}
	}

	@Test
	void wrongExpiredAndReusedCodesAreRefused() throws Exception {
		AccountSummary manager = fixtures.account(Role.MANAGER);
		MockHttpSession session = SignIn.as(mvc, manager);
		mvc.perform(get("/login/code").session(session)).andReturn();
		String code = codeMailedTo(manager.email());
		String wrong = code.equals("000000") ? "111111" : "000000";
		String answer = typed(session, wrong);
		assertThat(answer).contains("Deze code klopt niet");
		assertThat(org.jsoup.Jsoup.parse(answer).select("#code").val()).as("the typed code is kept").isEqualTo(wrong);
		assertThat(typed(session, "")).contains("Vul de code uit de e-mail in");
		assertThat(mvc.perform(get("/reports").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");

		// too late
		clock.moveTo(clock.instant().plus(Duration.ofMinutes(11)));
		try {
			assertThat(typed(session, code)).contains("Deze code werkt niet meer");
		}
		finally {
			clock.moveTo(java.time.Instant.now());
		}

		// a fresh code works once; a second session cannot use it again
		mvc.perform(post("/login/code/new").session(session).with(csrf())).andReturn();
		String fresh = codeMailedTo(manager.email());
		assertThat(mvc.perform(post("/login/code").session(session).with(csrf()).param("code", fresh))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		MockHttpSession again = SignIn.as(mvc, manager);
		assertThat(typed(again, fresh)).contains("Deze code werkt niet meer");
		assertThat(mvc.perform(get("/reports").session(again)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");
	}

	@Test
	void aFewWrongTriesEndTheCode() throws Exception {
		AccountSummary admin = fixtures.account(Role.ADMIN);
		MockHttpSession session = SignIn.as(mvc, admin);
		mvc.perform(get("/login/code").session(session)).andReturn();
		String code = codeMailedTo(admin.email());
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			typed(session, wrong);
		}
		assertThat(typed(session, code)).contains("Deze code werkt niet meer");
		assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");
	}

	/**
	 * The mixed-principal case (Spring Security gh-18112): a factor proven by person A
	 * must never complete person B's sign-in.
	 */
	@Test
	void aCodeOfPersonACannotCompletePersonBsSignIn() throws Exception {
		AccountSummary a = fixtures.account(Role.COORDINATOR);
		AccountSummary b = fixtures.account(Role.COORDINATOR);
		MockHttpSession sessionA = SignIn.as(mvc, a);
		MockHttpSession sessionB = SignIn.as(mvc, b);
		mvc.perform(get("/login/code").session(sessionA)).andReturn();
		String codeOfA = codeMailedTo(a.email());
		mvc.perform(get("/login/code").session(sessionB)).andReturn();
		codeMailedTo(b.email());

		assertThat(typed(sessionB, codeOfA)).contains("Deze code klopt niet");
		MvcResult asB = mvc.perform(get("/account").session(sessionB)).andReturn();
		assertThat(asB.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		// A's code still works for A, and signs in A, not B
		mvc.perform(post("/login/code").session(sessionA).with(csrf()).param("code", codeOfA)).andReturn();
		String page = mvc.perform(get("/account").session(sessionA)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(a.email()).doesNotContain(b.email());
	}

	@Test
	void aPasskeyCountsAsBothStepsAndAPasswordAloneDoesNot() throws Exception {
		AccountSummary partner = fixtures.account(Role.PARTNER);
		NaastUser user = new NaastUser(partner.id(), partner.email(), partner.displayName(), null, Role.PARTNER, null,
				true);
		GrantedAuthority role = new SimpleGrantedAuthority("ROLE_PARTNER");
		var passwordOnly = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(role, FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
		var passkey = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(role, FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)));
		assertThat(mvc.perform(get("/families").with(authentication(passwordOnly)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(mvc.perform(get("/families").with(authentication(passkey))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	private String typed(MockHttpSession session, String code) throws Exception {
		return mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The code in the newest mail to this address. */
	private String codeMailedTo(String email) throws Exception {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> smtp.getReceivedMessagesForDomain(email).length > 0 && newestTo(email) != null);
		MimeMessage mail = newestTo(email);
		Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(GreenMailUtil.getBody(mail));
		assertThat(m.find()).as("mail holds a code").isTrue();
		smtp.purgeEmailFromAllMailboxes();
		return m.group(1);
	}

	private MimeMessage newestTo(String email) {
		MimeMessage[] all = smtp.getReceivedMessagesForDomain(email);
		return all.length == 0 ? null : all[all.length - 1];
	}

	/** Every route of the application except the public ones and the code page. */
	private List<String> privateRoutes() {
		PathPatternParser parser = new PathPatternParser();
		List<org.springframework.web.util.pattern.PathPattern> open = new ArrayList<>();
		for (String pattern : SecurityConfiguration.OPEN) {
			open.add(parser.parse(pattern));
		}
		open.add(parser.parse("/login/code/**"));
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				String sample = pattern.replaceAll("\\{[^}]+}", "x");
				boolean isOpen = open.stream()
					.anyMatch(p -> p.matches(org.springframework.http.server.PathContainer.parsePath(sample)));
				if (!isOpen) {
					methods.forEach(method -> routes.add(method + " " + pattern));
				}
			}
		}
		return new ArrayList<>(routes);
	}

}
