package nl.naast.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Notifications as other modules cause them: an event after their commit becomes one
 * notification in the recipient's own list, with the count in the header; e-mail only
 * when the person wants that kind, and then without any of the notification's details.
 */
@NaastTest
class NotificationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	Accounts accounts;

	/**
	 * As the legal module will: inside its transaction; the listener runs after commit.
	 */
	private void publish(NotificationDue due) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(due));
	}

	private static NotificationDue due(AccountSummary to, NotificationKind kind, String marker, String dedupeKey) {
		return new NotificationDue(to.id(), kind, "team.title.professional", List.of(marker), "/families", dedupeKey);
	}

	/** Until the listener completed this many publications of events with this key. */
	private void awaitHandled(String dedupeKey, int times) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL",
					Integer.class, "%" + dedupeKey + "%") >= times);
	}

	private int notifications(AccountSummary to) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", Integer.class, to.id());
	}

	private int mails(AccountSummary to) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient = ?", Integer.class,
				to.email());
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	@Test
	void anEventBecomesOneNotificationForItsRecipientOnlyWithTheCountInTheHeader() throws Exception {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		AccountSummary other = fixtures.account(Role.COORDINATOR);
		String marker = Fixtures.unique("Gezin");
		String key = Fixtures.unique("deadline");
		publish(due(coordinator, NotificationKind.DEADLINE, marker, key));
		publish(due(coordinator, NotificationKind.DEADLINE, marker, key));
		awaitHandled(key, 2);
		assertThat(notifications(coordinator)).isEqualTo(1);
		assertThat(mails(coordinator)).isEqualTo(1);

		MockHttpSession session = SignIn.as(mvc, coordinator);
		Document list = page("/notifications", session);
		assertThat(list.select(".site-header a.notifications-link").text()).isEqualTo("Meldingen, 1 nieuw");
		assertThat(list.select(".notification--unread .notification-text").text()).isEqualTo("Team rond " + marker);
		UUID id = jdbc.queryForObject("SELECT id FROM notification WHERE recipient_id = ?", UUID.class,
				coordinator.id());

		MockHttpSession stranger = SignIn.as(mvc, other);
		assertThat(page("/notifications", stranger).text()).doesNotContain(marker);
		assertThat(send(post("/notifications/" + id + "/read"), stranger).getStatus()).isEqualTo(404);
		assertThat(page("/families", session).select("a.notifications-link").text()).isEqualTo("Meldingen, 1 nieuw");

		MockHttpServletResponse opened = send(post("/notifications/" + id + "/read"), session);
		assertThat(opened.getRedirectedUrl()).isEqualTo("/families");
		Document after = page("/notifications", session);
		assertThat(after.select("a.notifications-link").text()).isEqualTo("Meldingen");
		assertThat(after.select(".notification--unread")).isEmpty();
		assertThat(after.select(".notification").text()).contains(marker);
	}

	@Test
	void markingAllReadClearsTheCount() throws Exception {
		AccountSummary partner = fixtures.account(Role.PARTNER);
		String first = Fixtures.unique("contact");
		String second = Fixtures.unique("contact");
		publish(due(partner, NotificationKind.CONTACT, "een", first));
		publish(due(partner, NotificationKind.CONTACT, "twee", second));
		awaitHandled(first, 1);
		awaitHandled(second, 1);
		MockHttpSession session = SignIn.as(mvc, partner);
		assertThat(page("/notifications", session).select("a.notifications-link").text())
			.isEqualTo("Meldingen, 2 nieuw");
		assertThat(send(post("/notifications/read"), session).getRedirectedUrl()).isEqualTo("/notifications");
		Document after = page("/notifications", session);
		assertThat(after.select("a.notifications-link").text()).isEqualTo("Meldingen");
		assertThat(after.select(".notification")).hasSize(2);
		assertThat(after.select(".notification--unread")).isEmpty();
	}

	@Test
	void withEmailSwitchedOffForAKindNoMailIsMadeForIt() throws Exception {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		MockHttpSession session = SignIn.as(mvc, coordinator);
		Document settings = page("/notifications/settings", session);
		assertThat(settings.select("#mail-DEADLINE").hasAttr("checked")).isTrue();
		assertThat(settings.select("#mail-CONTACT").hasAttr("checked")).isTrue();
		send(post("/notifications/settings").param("mail", "CONTACT"), session);
		Document saved = page("/notifications/settings", session);
		assertThat(saved.select("#mail-DEADLINE").hasAttr("checked")).isFalse();
		assertThat(saved.select("#mail-CONTACT").hasAttr("checked")).isTrue();

		String deadline = Fixtures.unique("deadline");
		String contact = Fixtures.unique("contact");
		publish(due(coordinator, NotificationKind.DEADLINE, "x", deadline));
		publish(due(coordinator, NotificationKind.CONTACT, "y", contact));
		awaitHandled(deadline, 1);
		awaitHandled(contact, 1);
		assertThat(notifications(coordinator)).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT kind FROM notification_mail WHERE recipient = ?", String.class,
				coordinator.email()))
			.containsExactly("CONTACT");
	}

	@Test
	void aParentsMailSaysOnlyThatSomethingWaitsInNaast() {
		AccountSummary parent = fixtures.account(Role.PARENT);
		String marker = Fixtures.unique("Bilal");
		String key = Fixtures.unique("deadline");
		publish(new NotificationDue(parent.id(), NotificationKind.DEADLINE, "team.title.professional",
				List.of(marker, "12 maart 2027"), "/families", key));
		awaitHandled(key, 1);
		dispatcher.dispatch();
		var mail = jdbc.queryForMap("SELECT subject, body FROM mail_outbox WHERE recipient = ?", parent.email());
		String text = mail.get("subject") + "\n" + mail.get("body");
		assertThat(text).contains("Er staat iets nieuws voor u klaar in Naast.")
			.contains("There is something new for you in Naast.")
			.contains("http://localhost/notifications")
			.doesNotContain(marker)
			.doesNotContain("12 maart")
			.doesNotContain("/families");
		String body = (String) mail.get("body");
		assertThat(body.indexOf("Er staat iets nieuws")).isLessThan(body.indexOf("There is something new"));
		assertThat(jdbc.queryForObject("SELECT status FROM notification_mail WHERE recipient = ?", String.class,
				parent.email()))
			.isEqualTo("SENT");
	}

	@Test
	void aProfessionalsMailNamesTheKindButNoFamily() {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		String marker = Fixtures.unique("Gezin");
		String key = Fixtures.unique("deadline");
		publish(due(coordinator, NotificationKind.DEADLINE, marker, key));
		awaitHandled(key, 1);
		dispatcher.dispatch();
		String body = jdbc.queryForObject("SELECT body FROM mail_outbox WHERE recipient = ?", String.class,
				coordinator.email());
		assertThat(body).contains("Er nadert een termijn in een van uw gezinnen.").doesNotContain(marker);
	}

	@Test
	void aDisabledAccountGetsNothing() {
		AccountSummary parent = fixtures.account(Role.PARENT);
		accounts.setEnabled(parent.id(), false);
		String key = Fixtures.unique("contact");
		publish(due(parent, NotificationKind.CONTACT, "z", key));
		awaitHandled(key, 1);
		assertThat(notifications(parent)).isZero();
		assertThat(mails(parent)).isZero();
	}

	@Test
	void aLinkOutsideNaastLeadsToTheListInstead() {
		assertThat(Notifications.safeLink("https://elders.example/x")).isEqualTo("/notifications");
		assertThat(Notifications.safeLink("//elders.example/x")).isEqualTo("/notifications");
		assertThat(Notifications.safeLink("/families/1/legal")).isEqualTo("/families/1/legal");
		assertThat(Arguments.decode(Arguments.encode(List.of("a:b", "", "12:3", "é")))).containsExactly("a:b", "",
				"12:3", "é");
	}

}
