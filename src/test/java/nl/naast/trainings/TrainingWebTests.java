package nl.naast.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.identity.Role;
import nl.naast.notifications.OutboxRunner;
import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;
import nl.naast.trainings.Forms.RegistrationForm;

/**
 * Trainings through the web: the public pages without signing in, the registration form's
 * messages at their fields, management for administrators and trainers only, the attendee
 * list, and a stale request status that overwrites nothing.
 */
@NaastTest
@Import(OutboxRunner.class)
class TrainingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Trainings trainings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxRunner outbox;

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = perform(request, session);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void theCatalogueAndASessionOpenWithoutSigningIn() throws Exception {
		UUID date = fixtures.trainingDate(12, 40);
		Document catalogue = page(get("/trainings"), null);
		assertThat(catalogue.select("h2 a").eachText()).contains("Twijfel als gereedschap", "Cultuursensitief werken",
				"Het vak van procesregie", "Jezelf kennen als professional", "Ongemak dragen en onrust toelaten",
				"Veerkracht door trauma- en stresssensitief werken");
		// other tests' dates may come first: choose this one, as the date links do
		Document session = page(get("/trainings/twijfel-als-gereedschap").param("date", date.toString()), null);
		assertThat(session.select("h1").text()).isEqualTo("Twijfel als gereedschap");
		assertThat(session.select("form[action=/trainings/dates/" + date + "/registrations]")).isNotEmpty();
		assertThat(session.select("input[name=_csrf]")).isNotEmpty();
		assertThat(session.select("#r-honeypot").attr("tabindex")).isEqualTo("-1");
		// the keeping time comes from naast.trainings.keep-registrations-after (P90D)
		assertThat(session.select("#r-registration .hint").eachText())
			.contains("We bewaren je gegevens tot 90 dagen na de datum. Daarna wissen we ze.");
		assertThat(
				page(get("/trainings/twijfel-als-gereedschap").param("date", date.toString()).param("lang", "en"), null)
					.select("#r-registration .hint")
					.eachText())
			.contains("We keep your details until 90 days after the date. Then we erase them.");
		assertThat(page(get("/trainings/twijfel-als-gereedschap").param("lang", "en"), null).select("h1").text())
			.isEqualTo("Doubt as a tool");
		assertThat(perform(get("/trainings/bestaat-niet"), null).getStatus()).isEqualTo(404);
	}

	@Test
	void registrationMessagesStandAtTheirFieldsWithWhatWasTyped() throws Exception {
		UUID date = fixtures.trainingDate(12, 40);
		Document form = page(post("/trainings/dates/" + date + "/registrations").with(csrf())
			.param("name", "")
			.param("email", "geen-adres")
			.param("organisation", "Wijkteam Oost")
			.param("honeypot", ""), null);
		assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#r-name", "#r-email");
		assertThat(form.select("#r-email-error").text()).contains("Vul een e-mailadres in");
		assertThat(form.select("#r-email").val()).isEqualTo("geen-adres");
		assertThat(form.select("#r-organisation").val()).isEqualTo("Wijkteam Oost");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_registration WHERE date_id = ?", Integer.class,
				date))
			.isZero();

		MockHttpServletResponse done = perform(
				post("/trainings/dates/" + date + "/registrations").with(csrf()).with(r -> {
					r.setRemoteAddr("198.51.100.21");
					return r;
				}).param("name", "Sam de Vries").param("email", Fixtures.unique("sam") + "@voorbeeld.nl"), null);
		assertThat(done.getRedirectedUrl()).isEqualTo("/trainings/twijfel-als-gereedschap");
	}

	@Test
	void managementIsForAdministratorsAndTrainersOnly() throws Exception {
		MockHttpSession trainer = SignIn.as(mvc, fixtures.account(Role.TRAINER));
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		for (Role role : new Role[] { Role.COORDINATOR, Role.PARENT, Role.MANAGER }) {
			MockHttpSession other = SignIn.as(mvc, fixtures.account(role));
			assertThat(perform(get("/admin/trainings"), other).getStatus()).as(role.name()).isEqualTo(404);
			assertThat(perform(get("/admin/trainings/requests"), other).getStatus()).as(role.name()).isEqualTo(404);
		}
		assertThat(page(get("/admin/trainings"), admin).select("h1").text()).isEqualTo("Trainingen beheren");
		Document trainerPage = page(get("/admin/trainings"), trainer);
		assertThat(trainerPage.select("h1").text()).isEqualTo("Trainingen beheren");
		assertThat(trainerPage.select(".site-nav a").eachAttr("href")).contains("/admin/trainings")
			.doesNotContain("/admin", "/families");
		assertThat(perform(get("/admin"), trainer).getStatus()).isEqualTo(404);
		assertThat(perform(get("/admin/accounts"), trainer).getStatus()).isEqualTo(404);
		assertThat(perform(get("/"), trainer).getRedirectedUrl()).isEqualTo("/admin/trainings");
	}

	@Test
	void aTrainerPlansADateAndExportsItsAttendeesSafelyForSpreadsheets() throws Exception {
		MockHttpSession trainer = SignIn.as(mvc, fixtures.account(Role.TRAINER));
		String day = java.time.LocalDate.now().plusDays(50).toString();
		MockHttpServletResponse saved = perform(
				post("/admin/trainings/sessions/" + Fixtures.DOUBT_SESSION + "/dates/new").with(csrf())
					.param("day", day)
					.param("start", "09:30")
					.param("end", "12:30")
					.param("place", "Buurthuis De Linde, Utrecht")
					.param("capacity", "2")
					.param("registrationUntil", day),
				trainer);
		assertThat(saved.getRedirectedUrl()).startsWith("/admin/trainings/dates/");
		UUID date = UUID.fromString(saved.getRedirectedUrl().substring("/admin/trainings/dates/".length()));
		trainings.register(date,
				new RegistrationForm("=HYPERLINK(\"http://x\")", "formule@voorbeeld.nl", "Team \"Zuid\"", "", "", ""),
				"198.51.100.31");
		trainings.register(date,
				new RegistrationForm("Ayse Yilmaz", "ayse@voorbeeld.nl", "Wijkteam", "coach", "vegetarisch", ""),
				"198.51.100.32");

		MockHttpServletResponse csv = perform(get("/admin/trainings/dates/" + date + "/attendees.csv"), trainer);
		assertThat(csv.getContentType()).startsWith("text/csv");
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Naam\",\"E-mailadres\"");
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "\"Team \"\"Zuid\"\"\"",
				"\"Ayse Yilmaz\",\"ayse@voorbeeld.nl\",\"Wijkteam\",\"coach\",\"vegetarisch\",\"aangemeld\",\"nee\"\r\n");

		Document datePage = page(get("/admin/trainings/dates/" + date), trainer);
		assertThat(datePage.select("main").text()).contains("Ayse Yilmaz", "2 van 2 plaatsen bezet");
		String version = datePage.select("input[name=version]").val();
		String ayse = jdbc.queryForObject("SELECT id FROM training_registration WHERE email = 'ayse@voorbeeld.nl'",
				String.class);
		assertThat(perform(post("/admin/trainings/dates/" + date + "/attendance").with(csrf())
			.param("version", version)
			.param("present", ayse), trainer).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("SELECT attended FROM training_registration WHERE id = ?", Boolean.class,
				UUID.fromString(ayse)))
			.isTrue();
		// the same form again, with the old version: nothing is overwritten
		Document stale = page(
				post("/admin/trainings/dates/" + date + "/attendance").with(csrf()).param("version", version), trainer);
		assertThat(stale.select(".notice--error").text()).contains("Iemand anders heeft dit intussen veranderd");
		assertThat(jdbc.queryForObject("SELECT attended FROM training_registration WHERE id = ?", Boolean.class,
				UUID.fromString(ayse)))
			.isTrue();
	}

	@Test
	void aRegistrationAlreadyMadeIsAnsweredWithAPointerToTheMailbox() throws Exception {
		UUID date = fixtures.trainingDate(1, 40);
		String email = Fixtures.unique("tweemaal") + "@voorbeeld.nl";
		trainings.register(date, new RegistrationForm("Sam de Vries", email, "", "", "", ""), "198.51.100.51");
		trainings.register(date,
				new RegistrationForm("Iemand anders", Fixtures.unique("ander") + "@voorbeeld.nl", "", "", "", ""),
				"198.51.100.52");
		org.springframework.test.web.servlet.MvcResult again = mvc
			.perform(post("/trainings/dates/" + date + "/registrations").with(csrf()).with(r -> {
				r.setRemoteAddr("198.51.100.53");
				return r;
			}).param("name", "Sam de Vries").param("email", email))
			.andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/trainings/twijfel-als-gereedschap");
		String notice = page(get(again.getResponse().getRedirectedUrl()).flashAttrs(again.getFlashMap()), null)
			.select(".notice")
			.text();
		assertThat(notice).isEqualTo(
				"Dank je. We hebben je een mail gestuurd. Kijk in je e-mail: daar staat of je " + "een plek hebt.");
	}

	@Test
	void aDateCannotGetFewerPlacesThanPeopleRegisteredAndTheFormKeepsWhatWasTyped() throws Exception {
		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		UUID date = fixtures.trainingDate(3, 45);
		fixtures.trainingRegistration(date, "REGISTERED");
		fixtures.trainingRegistration(date, "REGISTERED");
		fixtures.trainingRegistration(date, "WAITING");
		Document form = page(get("/admin/trainings/dates/" + date + "/edit"), admin);
		MockHttpServletRequestBuilder change = post("/admin/trainings/dates/" + date + "/edit").with(csrf());
		for (String field : new String[] { "day", "start", "end", "place", "onlineUrl", "registrationUntil",
				"version" }) {
			change.param(field, form.select("[name=" + field + "]").val());
		}
		Document refused = page(change.param("capacity", "1"), admin);
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#capacity");
		assertThat(refused.select("#capacity-error").text()).contains("Er zijn al 2 mensen aangemeld",
				"Kies minstens 2 plaatsen");
		assertThat(refused.select("#capacity").val()).isEqualTo("1");
		assertThat(refused.select("#place").val()).isEqualTo("Naast, Utrecht");
		assertThat(jdbc.queryForObject("SELECT capacity FROM training_date WHERE id = ?", Integer.class, date))
			.isEqualTo(3);

		MockHttpServletRequestBuilder exact = post("/admin/trainings/dates/" + date + "/edit").with(csrf());
		for (String field : new String[] { "day", "start", "end", "place", "onlineUrl", "registrationUntil",
				"version" }) {
			exact.param(field, form.select("[name=" + field + "]").val());
		}
		assertThat(perform(exact.param("capacity", "2"), admin).getRedirectedUrl())
			.isEqualTo("/admin/trainings/dates/" + date);
		assertThat(jdbc.queryForObject("SELECT capacity FROM training_date WHERE id = ?", Integer.class, date))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_registration WHERE date_id = ? AND status = ?",
				Integer.class, date, "REGISTERED"))
			.isEqualTo(2);
	}

	@Test
	void aMessageToEveryoneOnADateReachesEachRegisteredPersonAndNobodyElse() throws Exception {
		MockHttpSession trainer = SignIn.as(mvc, fixtures.account(Role.TRAINER));
		UUID date = fixtures.trainingDate(2, 46);
		String first = Fixtures.unique("eerste") + "@voorbeeld.nl";
		String second = Fixtures.unique("tweede") + "@voorbeeld.nl";
		String waiting = Fixtures.unique("wacht") + "@voorbeeld.nl";
		String cancelled = Fixtures.unique("weg") + "@voorbeeld.nl";
		for (String email : new String[] { cancelled, first, second, waiting }) {
			trainings.register(date, new RegistrationForm("Deelnemer", email, "", "", "", ""),
					"198.51.100." + (60 + email.length() % 30));
		}
		jdbc.update("UPDATE training_registration SET status = 'CANCELLED' WHERE email = ?", cancelled);
		jdbc.update("UPDATE training_registration SET status = 'REGISTERED' WHERE email = ?", second);

		Document refused = page(post("/admin/trainings/dates/" + date + "/message").with(csrf())
			.param("subject", "")
			.param("text", "Neem je eigen casus mee."), trainer);
		assertThat(refused.select("#m-subject-error").text()).isNotBlank();
		assertThat(refused.select("#m-text").val()).isEqualTo("Neem je eigen casus mee.");

		assertThat(perform(post("/admin/trainings/dates/" + date + "/message").with(csrf())
			.param("subject", "Andere zaal")
			.param("text", "We zitten in zaal 2, op de eerste verdieping."), trainer).getRedirectedUrl())
			.isEqualTo("/admin/trainings/dates/" + date);
		outbox.sendDue();
		for (String email : new String[] { first, second }) {
			assertThat(jdbc.queryForList("SELECT body FROM mail_outbox WHERE recipient = ? AND subject = ?",
					String.class, email, "Andere zaal"))
				.as(email)
				.singleElement()
				.satisfies(body -> assertThat(body).startsWith("We zitten in zaal 2, op de eerste verdieping.")
					.contains("Twijfel als gereedschap"));
		}
		for (String email : new String[] { waiting, cancelled }) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ?",
					Integer.class, email, "Andere zaal"))
				.as(email)
				.isZero();
		}
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM notification_mail WHERE subject = ? AND status = 'SENT' AND recipient IN (?, ?)",
				Integer.class, "Andere zaal", first, second))
			.isEqualTo(2);
	}

	@Test
	void aRequestLandsInTheTeamsListAndAStaleStatusChangeOverwritesNothing() throws Exception {
		String school = Fixtures.unique("Hogeschool");
		MockHttpServletResponse sent = perform(post("/trainings/request").with(csrf()).with(r -> {
			r.setRemoteAddr("198.51.100.41");
			return r;
		})
			.param("kind", "GUEST_LECTURE")
			.param("institution", "HBO")
			.param("name", "Docent Jansen")
			.param("email", "jansen@hogeschool.example")
			.param("organisation", school)
			.param("topic", "Cultuursensitief werken voor tweedejaars")
			.param("participants", "60"), null);
		assertThat(sent.getRedirectedUrl()).isEqualTo("/trainings/request");
		UUID request = jdbc.queryForObject("SELECT id FROM training_request WHERE organisation = ?", UUID.class,
				school);

		MockHttpSession admin = SignIn.as(mvc, fixtures.account(Role.ADMIN));
		Document list = page(get("/admin/trainings/requests"), admin);
		assertThat(list.select("main").text()).contains(school, "Cultuursensitief werken voor tweedejaars");
		assertThat(perform(post("/admin/trainings/requests/" + request).with(csrf())
			.param("status", "IN_CONVERSATION")
			.param("notes", "Gebeld, volgende week een voorstel")
			.param("version", "0"), admin).getRedirectedUrl()).isEqualTo("/admin/trainings/requests");
		Document stale = page(post("/admin/trainings/requests/" + request).with(csrf())
			.param("status", "DECLINED")
			.param("notes", "")
			.param("version", "0"), admin);
		assertThat(stale.select(".notice--error").text()).contains("Iemand anders heeft dit intussen veranderd");
		assertThat(jdbc.queryForMap("SELECT status, notes FROM training_request WHERE id = ?", request))
			.containsEntry("status", "IN_CONVERSATION")
			.containsEntry("notes", "Gebeld, volgende week een voorstel");
	}

}
