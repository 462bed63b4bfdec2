package nl.naast.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.access.EmergencyAccess;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Break the glass: a team manager reads one family's file only with a written reason and
 * their password, for a limited time, read-only, with every read tagged in the audit log;
 * the family and the coordinator see it; someone else reviews it.
 */
@NaastTest
@Import(EmergencyAccessTests.Time.class)
class EmergencyAccessTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	static final String REASON = "Kind mogelijk in gevaar, procesbegeleider onbereikbaar.";

	static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	@Autowired
	List<nl.naast.retention.LegalHold> holds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmergencyAccess emergencies;

	FamilyWithPeople familyA;

	FamilyWithPeople familyB;

	AccountSummary manager;

	MockHttpSession managerSession;

	@BeforeEach
	void twoFamiliesAndAManager() throws Exception {
		clock.moveTo(NOW);
		familyA = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		familyB = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		manager = fixtures.account(Role.MANAGER);
		managerSession = SignIn.as(mvc, manager);
	}

	@Test
	void withoutTheEmergencyProcedureAManagerGetsNothingOfTheFamily() throws Exception {
		MvcResult result = mvc.perform(get(familyA.path()).session(managerSession)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentAsString()).doesNotContain(familyA.marker());
	}

	@Test
	void wrongPasswordsOnTheFormCountTowardsTheSignInLimitSoTheyCannotBeGuessedHere() throws Exception {
		for (int i = 0; i < 5; i++) {
			open(REASON, "not the password " + i, "10");
		}
		MvcResult right = open(REASON, Fixtures.PASSWORD, "10");
		assertThat(right.getResponse().getContentAsString()).contains("Dit wachtwoord klopt niet.");
		assertThat(sessionsOf(manager)).isZero();
	}

	@Test
	void aShortReasonOrAWrongPasswordOpensNothing() throws Exception {
		MvcResult shortReason = open("Kind in gevaar nu!!", Fixtures.PASSWORD, "30");
		assertThat(shortReason.getResponse().getStatus()).isEqualTo(200);
		assertThat(shortReason.getResponse().getContentAsString())
			.contains("Schrijf minstens 20 tekens. Nu zijn het er 19.")
			.contains("Kind in gevaar nu!!");
		MvcResult wrongPassword = open(REASON, "not the password", "30");
		assertThat(wrongPassword.getResponse().getContentAsString()).contains("Dit wachtwoord klopt niet.")
			.doesNotContain("not the password");
		MvcResult tooLong = open(REASON, Fixtures.PASSWORD, "61");
		assertThat(tooLong.getResponse().getContentAsString()).contains("Kies een aantal minuten van 1 tot en met 60.");
		assertThat(mvc.perform(get(familyA.path()).session(managerSession)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(sessionsOf(manager)).isZero();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE actor_account_id = ? AND outcome = 'DENIED' AND reason LIKE '%password not confirmed%'",
				Integer.class, manager.id()))
			.isEqualTo(1);
	}

	@Test
	void openedItIsReadOnlyForTheTimeChosenAndEveryReadIsTagged() throws Exception {
		MvcResult opened = open(REASON, Fixtures.PASSWORD, "30");
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo(familyA.path());
		UUID emergency = emergencyOf(manager);

		String overview = body(get(familyA.path()).session(managerSession), 200);
		assertThat(overview).contains(familyA.marker()).contains("U leest dit dossier in een noodgeval");
		body(get(familyA.path() + "/plan").session(managerSession), 200);
		body(get(familyA.path() + "/access-log").session(managerSession), 200);
		// writes stay refused
		assertThat(
				mvc.perform(post(familyA.path() + "/edit").param("name", "Anders").with(csrf()).session(managerSession))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(mvc
			.perform(post(familyA.path() + "/plan/goals").param("horizon", "TOMORROW")
				.param("text", "Een doel")
				.with(csrf())
				.session(managerSession))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		// family B stays closed
		MvcResult other = mvc.perform(get(familyB.path()).session(managerSession)).andReturn();
		assertThat(other.getResponse().getStatus()).isEqualTo(404);
		assertThat(other.getResponse().getContentAsString()).doesNotContain(familyB.marker());

		List<Map<String, Object>> reads = jdbc.queryForList(
				"SELECT reason FROM audit_record WHERE actor_account_id = ? AND family_id = ? AND outcome = 'ALLOWED' AND action IN ('VIEW', 'LIST')",
				manager.id(), familyA.id());
		assertThat(reads).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(
					row -> assertThat((String) row.get("reason")).startsWith("EMERGENCY btg=" + emergency + "; ETREAT")
						.contains(REASON));

		// one second before the end still open, at the end closed
		clock.moveTo(NOW.plus(Duration.ofMinutes(30)).minusSeconds(1));
		body(get(familyA.path()).session(managerSession), 200);
		clock.moveTo(NOW.plus(Duration.ofMinutes(30)));
		MvcResult after = mvc.perform(get(familyA.path()).session(managerSession)).andReturn();
		assertThat(after.getResponse().getStatus()).isEqualTo(404);
		assertThat(after.getResponse().getContentAsString()).doesNotContain(familyA.marker());

		// started once, stopped once, however often the job runs
		emergencies.recordExpired();
		emergencies.recordExpired();
		assertThat(auditCount(emergency, "%110127 Emergency Override Started%")).isEqualTo(1);
		assertThat(auditCount(emergency, "%110138 Emergency Override Stopped%")).isEqualTo(1);
	}

	@Test
	void theFamilyAndTheCoordinatorSeeItAndAreTold() throws Exception {
		open(REASON, Fixtures.PASSWORD, "20");
		UUID emergency = emergencyOf(manager);
		String notice = "Een manager heeft uw dossier in een noodgeval geopend op 1 december 2026 om 10:00, reden: "
				+ REASON;
		assertThat(body(get(familyA.path()).session(SignIn.as(mvc, familyA.parent())), 200)).contains(notice);
		assertThat(body(get(familyA.path()).session(SignIn.as(mvc, familyA.coordinator())), 200))
			.contains(notice.replace("uw dossier", "dit dossier"));
		assertThat(body(get(familyB.path()).session(SignIn.as(mvc, familyB.parent())), 200))
			.doesNotContain("in een noodgeval geopend");
		String log = body(get(familyA.path() + "/access-log").session(SignIn.as(mvc, familyA.parent())), 200);
		assertThat(log).contains("opende het dossier in een noodgeval.").contains("emergency-flag");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForList("SELECT recipient_id FROM notification WHERE dedupe_key = ?", UUID.class,
					"emergency:" + emergency), recipients -> recipients.size() == 3);
		assertThat(jdbc.queryForList("SELECT recipient_id FROM notification WHERE dedupe_key = ?", UUID.class,
				"emergency:" + emergency))
			.containsExactlyInAnyOrder(familyA.coordinator().id(), familyA.parent().id(), familyA.youth().id());
	}

	@Test
	void someoneElseReviewsItNeverTheSamePerson() throws Exception {
		open(REASON, Fixtures.PASSWORD, "15");
		UUID emergency = emergencyOf(manager);
		MockHttpSession colleague = SignIn.as(mvc, fixtures.account(Role.MANAGER));
		// while it runs, nobody reviews it
		assertThat(review(colleague, emergency).getResponse().getStatus()).isEqualTo(200);
		assertThat(reviewedBy(emergency)).isNull();

		clock.moveTo(NOW.plus(Duration.ofMinutes(16)));
		MvcResult own = review(managerSession, emergency);
		assertThat(own.getResponse().getStatus()).isEqualTo(403);
		assertThat(own.getResponse().getContentAsString()).contains("U opende dit dossier zelf.");
		assertThat(reviewedBy(emergency)).isNull();

		// an unknown use is not found, even with an empty form
		assertThat(mvc.perform(post("/emergency-reviews/" + UUID.randomUUID()).with(csrf()).session(colleague))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		// until someone reviews it, the family's data may not be erased
		assertThat(holdsOn(familyA.id())).contains("erasure.hold.emergency");
		AccountSummary admin = fixtures.account(Role.ADMIN);
		MvcResult byAdmin = review(SignIn.as(mvc, admin), emergency);
		assertThat(byAdmin.getResponse().getRedirectedUrl()).isEqualTo("/emergency-reviews?reviewed");
		assertThat(reviewedBy(emergency)).isEqualTo(admin.id());
		assertThat(holdsOn(familyA.id())).doesNotContain("erasure.hold.emergency");
		// reviewed once: a second review finds it changed
		assertThat(review(colleague, emergency).getResponse().getStatus()).isEqualTo(409);
		assertThat(reviewedBy(emergency)).isEqualTo(admin.id());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE resource = 'family.emergency.review' AND reason LIKE ?",
				Integer.class, "EMERGENCY btg=" + emergency + "; reviewed: JUSTIFIED"))
			.isEqualTo(1);
	}

	@Test
	void aManagerOfAnotherOrganisationNeitherSeesNorReviewsTheUse() throws Exception {
		open(REASON, Fixtures.PASSWORD, "10");
		UUID emergency = emergencyOf(manager);
		clock.moveTo(NOW.plus(Duration.ofMinutes(11)));
		UUID elsewhere = UUID.randomUUID();
		jdbc.update(
				"INSERT INTO organisation (id, name, name_key, kind, created_at) VALUES (?, ?, ?, 'SUPPORT_TEAM', ?)",
				elsewhere, "Elders " + elsewhere, "elders " + elsewhere,
				java.time.OffsetDateTime.ofInstant(NOW, java.time.ZoneOffset.UTC));
		AccountSummary stranger = fixtures.account(Role.MANAGER);
		jdbc.update("UPDATE account SET organisation_id = ? WHERE id = ?", elsewhere, stranger.id());
		MockHttpSession strangerSession = SignIn.as(mvc, stranger);
		assertThat(body(get("/emergency-reviews").session(strangerSession), 200)).doesNotContain(emergency.toString())
			.doesNotContain(REASON);
		assertThat(review(strangerSession, emergency).getResponse().getStatus()).isEqualTo(404);
		assertThat(reviewedBy(emergency)).isNull();
		// a colleague of the same organisation does see it
		assertThat(body(get("/emergency-reviews").session(SignIn.as(mvc, fixtures.account(Role.MANAGER))), 200))
			.contains(emergency.toString());
	}

	@Test
	void overdueReviewsAreHighlighted() throws Exception {
		open(REASON, Fixtures.PASSWORD, "10");
		UUID emergency = emergencyOf(manager);
		AccountSummary reviewer = fixtures.account(Role.MANAGER);
		// days pass: the reviewer signs in again each time (sessions end after 30 idle
		// minutes)
		clock.moveTo(NOW.plus(Duration.ofDays(3)));
		assertThat(itemOf(body(get("/emergency-reviews").session(SignIn.as(mvc, reviewer)), 200), emergency))
			.doesNotContain("overdue");
		clock.moveTo(NOW.plus(Duration.ofDays(8)));
		assertThat(itemOf(body(get("/emergency-reviews").session(SignIn.as(mvc, reviewer)), 200), emergency))
			.contains("emergency-review--overdue")
			.contains("te laat");
	}

	@Test
	void aManagerFindsTheFamilyByNameAndTheSearchIsRecorded() throws Exception {
		String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, familyA.id());
		String page = body(get("/emergency").param("q", name).session(managerSession), 200);
		assertThat(page).contains(name)
			.contains(familyA.coordinator().displayName())
			.contains(familyA.path() + "/emergency")
			.doesNotContain(familyA.marker());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE actor_account_id = ? AND resource = 'family.emergency-search' AND family_id = ?",
				Integer.class, manager.id(), familyA.id()))
			.isEqualTo(1);
		assertThat(mvc.perform(get("/emergency").param("q", name).session(SignIn.as(mvc, familyA.coordinator())))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void onlyAManagerOfTheCoordinatorsOwnOrganisationMayOpenTheFamily() throws Exception {
		fixtures.colleagues(familyA.coordinator());
		assertThat(mvc.perform(get(familyA.path() + "/emergency").session(managerSession))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(open(REASON, Fixtures.PASSWORD, "30").getResponse().getStatus()).isEqualTo(404);
		assertThat(sessionsOf(manager)).isZero();
		jdbc.update(
				"UPDATE account SET organisation_id = (SELECT organisation_id FROM account WHERE id = ?) WHERE id = ?",
				familyA.coordinator().id(), manager.id());
		body(get(familyA.path() + "/emergency").session(managerSession), 200);
	}

	private MvcResult open(String reason, String password, String minutes) throws Exception {
		return mvc
			.perform(post(familyA.path() + "/emergency").param("reason", reason)
				.param("password", password)
				.param("minutes", minutes)
				.with(csrf())
				.session(managerSession))
			.andReturn();
	}

	private MvcResult review(MockHttpSession session, UUID emergency) throws Exception {
		Integer version = jdbc.queryForObject("SELECT version FROM emergency_access WHERE id = ?", Integer.class,
				emergency);
		return mvc
			.perform(post("/emergency-reviews/" + emergency).param("outcome", "JUSTIFIED")
				.param("note", "De teamleider had geen andere keus.")
				.param("version", String.valueOf(version))
				.with(csrf())
				.session(session))
			.andReturn();
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return result.getResponse().getContentAsString();
	}

	private static String itemOf(String page, UUID emergency) {
		org.jsoup.nodes.Element item = org.jsoup.Jsoup.parse(page).getElementById("review-" + emergency);
		assertThat(item).isNotNull();
		return item.outerHtml();
	}

	private int sessionsOf(AccountSummary account) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM emergency_access WHERE account_id = ?", Integer.class,
				account.id());
	}

	private List<String> holdsOn(UUID familyId) {
		java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
		return holds.stream().flatMap(hold -> hold.holdOn(familyId, today).stream()).toList();
	}

	private UUID emergencyOf(AccountSummary account) {
		return jdbc.queryForObject("SELECT id FROM emergency_access WHERE account_id = ?", UUID.class, account.id());
	}

	private UUID reviewedBy(UUID emergency) {
		return jdbc.queryForObject("SELECT reviewed_by FROM emergency_access WHERE id = ?", UUID.class, emergency);
	}

	private int auditCount(UUID emergency, String like) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE reason LIKE ? AND reason LIKE ?",
				Integer.class, "EMERGENCY btg=" + emergency + "%", like);
	}

}
