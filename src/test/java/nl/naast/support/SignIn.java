package nl.naast.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.identity.AccountSummary;

/**
 * Signs in through the real login form and hands back the session, as a browser would
 * keep it.
 */
public final class SignIn {

	private SignIn() {
	}

	public static MockHttpSession as(MockMvc mvc, AccountSummary account) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(account.email()).password(Fixtures.PASSWORD))
			.andReturn();
		if (result.getResponse().getRedirectedUrl() == null
				|| result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + account.email());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
