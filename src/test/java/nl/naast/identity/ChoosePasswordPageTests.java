package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;

/**
 * The choose-password page explains a refused password next to the field, in Dutch and
 * English, and keeps the link usable.
 */
@NaastTest
class ChoosePasswordPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PasswordLinks links;

	@Test
	void aRefusedPasswordIsExplainedAtTheField() throws Exception {
		AccountSummary account = fixtures.account(Role.PARENT);
		String token = links.issue(account.id(), PasswordLinks.Purpose.RESET);
		String namePart = account.displayName().split(" ")[1];

		Document personal = choose(token, "mijn naam is " + namePart, "nl");
		assertThat(personal.select("#password-error").text()).contains("naam of e-mailadres");
		assertThat(personal.select("#password").attr("aria-describedby")).contains("password-error");
		assertThat(personal.select(".error-summary a[href=#password]")).isNotEmpty();

		assertThat(choose(token, "Wachtwoord2024!", "en").select("#password-error").text())
			.contains("too easy to guess");
		assertThat(choose(token, "kort", "en").select("#password-error").text()).contains("at least 12 characters");
		// nothing was refused for lack of capitals, digits or signs
		assertThat(mvc
			.perform(post("/password/choose").with(csrf())
				.param("token", token)
				.param("password", "een fiets met twee rode banden")
				.param("repeat", "een fiets met twee rode banden"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?chosen");
	}

	private Document choose(String token, String password, String lang) throws Exception {
		return Jsoup.parse(mvc.perform(post("/password/choose").with(csrf())
			.param("lang", lang)
			.param("token", token)
			.param("password", password)
			.param("repeat", password)).andReturn().getResponse().getContentAsString());
	}

}
