package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Invitation and password reset by e-mail, through a real SMTP conversation with an
 * in-process server.
 */
@NaastTest
@org.springframework.test.context.TestPropertySource(properties = "naast.mail.delivery=smtp")
class PasswordLinkTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private String linkIn(MimeMessage message) {
		Matcher m = Pattern.compile("http://localhost(/password/choose\\?token=[A-Za-z0-9_-]+)")
			.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		assertThat(m.find()).as("mail holds a link").isTrue();
		return m.group(1);
	}

	@Test
	void anInvitedProfessionalChoosesAPasswordOnceAndSignsIn() throws Exception {
		var admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		String email = Fixtures.unique("nieuw") + "@naast.test";
		mvc.perform(post("/admin/accounts").session(admin)
			.with(csrf())
			.param("email", email)
			.param("name", "Nieuwe Collega")
			.param("role", "COORDINATOR")
			.param("organisation", "")).andReturn();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessagesForDomain(email)[0];
		assertThat(mail.getSubject()).contains("Welkom bij Naast");
		String link = linkIn(mail);

		String weak = Jsoup
			.parse(mvc.perform(post("/password/choose").with(csrf())
				.param("token", token(link))
				.param("password", "kort")
				.param("repeat", "kort")).andReturn().getResponse().getContentAsString())
			.select("#password-error")
			.text();
		assertThat(weak).contains("minstens 12 tekens");

		mvc.perform(post("/password/choose").with(csrf())
			.param("token", token(link))
			.param("password", "een lange zin als wachtwoord")
			.param("repeat", "een lange zin als wachtwoord")).andReturn();
		assertThat(mvc.perform(formLogin("/login").user(email).password("een lange zin als wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");

		// the link works once
		String again = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(again).text()).contains("Deze link werkt niet meer");
	}

	@Test
	void forgotPasswordAnswersTheSameForUnknownAddressesAndMailsOnlyKnownOnes() throws Exception {
		AccountSummary known = fixtures.account(Role.PARENT);
		String knownAnswer = Jsoup
			.parse(mvc.perform(post("/password/forgot").with(csrf()).param("email", known.email()))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("main")
			.text();
		String unknownAnswer = Jsoup
			.parse(mvc
				.perform(post("/password/forgot").with(csrf())
					.param("email", Fixtures.unique("niemand") + "@naast.test"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("main")
			.text();
		assertThat(knownAnswer).isEqualTo(unknownAnswer).contains("Als dit e-mailadres bij een account hoort");
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		String link = linkIn(smtp.getReceivedMessages()[0]);
		mvc.perform(post("/password/choose").with(csrf())
			.param("token", token(link))
			.param("password", "mijn nieuwe wachtwoord")
			.param("repeat", "mijn nieuwe wachtwoord")).andReturn();
		assertThat(mvc.perform(formLogin("/login").user(known.email()).password("mijn nieuwe wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aMadeUpTokenOpensNothing() throws Exception {
		String page = mvc.perform(get("/password/choose").param("token", "made-up-token"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).text()).contains("Deze link werkt niet meer");
		assertThat(Jsoup.parse(page).select("input[name=password]")).isEmpty();
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + 6);
	}

}
