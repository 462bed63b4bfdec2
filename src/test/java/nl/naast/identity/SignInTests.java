package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Signing in: the same answer for unknown accounts, throttling, CSRF, and strict headers
 * everywhere.
 */
@NaastTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void unknownAndKnownAccountsGetTheSameAnswer() throws Exception {
		AccountSummary known = fixtures.account(Role.COORDINATOR);
		MvcResult wrongPassword = mvc
			.perform(formLogin("/login").user(known.email()).password("not the password at all"))
			.andReturn();
		MvcResult unknown = mvc
			.perform(formLogin("/login").user(Fixtures.unique("nobody") + "@naast.test")
				.password("not the password at all"))
			.andReturn();
		assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordWaits() throws Exception {
		AccountSummary account = fixtures.account(Role.PARENT);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(account.email()).password("wrong " + i)).andReturn();
		}
		MvcResult right = mvc.perform(formLogin("/login").user(account.email()).password(Fixtures.PASSWORD))
			.andReturn();
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?throttled");
		// an unknown address is throttled the same way, so throttling reveals nothing
		String nobody = Fixtures.unique("nobody") + "@naast.test";
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(nobody).password("wrong " + i)).andReturn();
		}
		assertThat(mvc.perform(formLogin("/login").user(nobody).password("x"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?throttled");
		// someone else can still sign in
		AccountSummary other = fixtures.account(Role.PARENT);
		assertThat(mvc.perform(formLogin("/login").user(other.email()).password(Fixtures.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void changesNeedACsrfToken() throws Exception {
		var session = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		mvc.perform(post("/families/new").session(session).param("name", "Gezin Zonder Token"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/families/new").session(session).with(csrf().useInvalidToken()).param("name", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "a@b.nl").param("password", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyPageCarriesStrictSecurityHeadersWithAFreshNonce() throws Exception {
		var session = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		Set<String> nonces = new HashSet<>();
		for (String path : new String[] { "/login", "/families", "/families/new", "/nope" }) {
			MvcResult result = mvc.perform(get(path).session(session)).andReturn();
			String csp = result.getResponse().getHeader("Content-Security-Policy");
			assertThat(csp).as(path)
				.contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
						"form-action 'self'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
			assertThat(nonces.add(nonce)).as("nonce reused").isTrue();
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		}
	}

	@Test
	void signedOutPeopleAreSentToTheSignInPage() throws Exception {
		MvcResult result = mvc.perform(get("/families")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theDemoAccountsAreNotShownOutsideTheDemo() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("coordinator@naast.test").doesNotContain("naast-demo");
	}

}
