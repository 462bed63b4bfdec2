package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;
import nl.naast.support.Fixtures;

/**
 * Passkey sign-in through Naast's own handling, with the cryptographic check replaced:
 * the relying party answers "this passkey belongs to X" (the real check runs in
 * PasskeyBrowserIT). Covers what a browser cannot easily show: a passkey of person B
 * after person A's password never gives a combined session (Spring Security gh-18112),
 * and a disabled account cannot sign in with its passkey.
 */
@NaastTest
@TestPropertySource(properties = "naast.security.mfa-required-for-professionals=true")
class PasskeySignInTests {

	private static final String ASSERTION = """
			{"id":"AQID","rawId":"AQID","type":"public-key","clientExtensionResults":{},
			 "authenticatorAttachment":"platform",
			 "response":{"authenticatorData":"AQID","clientDataJSON":"AQID","signature":"AQID","userHandle":"AQID"}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@MockitoBean
	WebAuthnRelyingPartyOperations relyingParty;

	@BeforeEach
	void options() {
		when(relyingParty.createCredentialRequestOptions(any())).thenReturn(PublicKeyCredentialRequestOptions.builder()
			.challenge(Bytes.random())
			.rpId("localhost")
			.timeout(Duration.ofMinutes(5))
			.allowCredentials(List.of())
			.userVerification(UserVerificationRequirement.PREFERRED)
			.build());
	}

	@Test
	void passkeyWhenSamePersonAfterPasswordThenSignedInFullyWithANewSessionId() throws Exception {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		MockHttpSession session = SignIn.as(mvc, coordinator);
		assertThat(mvc.perform(get("/families").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");
		String before = session.getId();
		passkeyOf(coordinator, session);
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(mvc.perform(get("/families").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void passkeyWhenOtherPersonAfterPasswordThenDoesNotCombine() throws Exception {
		AccountSummary a = fixtures.account(Role.COORDINATOR);
		AccountSummary b = fixtures.account(Role.PARENT);
		MockHttpSession session = SignIn.as(mvc, a);
		String before = session.getId();
		passkeyOf(b, session);
		assertThat(session.getId()).isNotEqualTo(before);
		List<String> factors = authorities(session);
		assertThat(factors).contains("FACTOR_WEBAUTHN", "ROLE_PARENT")
			.doesNotContain("FACTOR_PASSWORD", "ROLE_COORDINATOR");
		String page = mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(b.email()).doesNotContain(a.email());
	}

	@Test
	void passkeyWhenAccountDisabledThenRefused() throws Exception {
		AccountSummary partner = fixtures.account(Role.PARTNER);
		accounts.setEnabled(partner.id(), false);
		MockHttpSession session = new MockHttpSession();
		MvcResult result = passkeyAttempt(partner, session);
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	private void passkeyOf(AccountSummary account, MockHttpSession session) throws Exception {
		MvcResult result = passkeyAttempt(account, session);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("\"authenticated\":true");
	}

	private MvcResult passkeyAttempt(AccountSummary account, MockHttpSession session) throws Exception {
		when(relyingParty.authenticate(any())).thenReturn(ImmutablePublicKeyCredentialUserEntity.builder()
			.name(account.email())
			.id(Bytes.random())
			.displayName(account.displayName())
			.build());
		mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf())).andReturn();
		return mvc
			.perform(post("/login/webauthn").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ASSERTION))
			.andReturn();
	}

	private static List<String> authorities(MockHttpSession session) {
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
