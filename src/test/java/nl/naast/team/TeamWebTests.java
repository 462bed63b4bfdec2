package nl.naast.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.NotFoundException;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.Fixtures.TeamMember;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The team around a family: invitation with a stated mandate, the professional's answer,
 * the family's agreement, consent per part that counts from the very next request, and
 * leaving.
 */
@NaastTest
class TeamWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	FamilyAccess access;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	MockHttpSession parent;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		parent = SignIn.as(mvc, family.parent());
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private int status(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
	}

	private MockHttpServletRequestBuilder invite(String email, String name) {
		return post(family.path() + "/team/invitations").with(csrf())
			.param("email", email)
			.param("name", name)
			.param("roleForFamily", "schuldhulpverlener")
			.param("task", "Ik help met een overzicht van de schulden.")
			.param("notTask", "Ik beslis niet over de kinderen.");
	}

	@Test
	void aProfessionalIsInvitedAcceptsAndJoinsOnlyWhenTheFamilyAgrees() throws Exception {
		AccountSummary partner = fixtures.account(Role.PARTNER);
		mvc.perform(invite(partner.email(), "").session(coordinator));
		String token = fixtures.invitationToken(partner.email());
		MockHttpSession partnerSession = SignIn.as(mvc, partner);

		Document invitation = page(get("/invitations/" + token), partnerSession);
		assertThat(invitation.text()).contains("schuldhulpverlener", "Ik help met een overzicht van de schulden.",
				"Ik beslis niet over de kinderen.", family.coordinator().displayName());
		mvc.perform(post("/invitations/" + token).session(partnerSession).with(csrf()).param("answer", "accept"));
		// accepted, but the family has not agreed yet
		assertThat(status(family.path() + "/team", partnerSession)).isEqualTo(404);

		Document request = page(get(family.path() + "/team"), parent);
		assertThat(request.select(".request h3").text()).isEqualTo(partner.displayName());
		String decision = request.select(".request form").first().attr("action");
		mvc.perform(post(decision).session(parent).with(csrf()).param("agree", "true"));

		Document team = page(get(family.path() + "/team"), partnerSession);
		assertThat(team.select("h1").text()).startsWith("Team rond");
		assertThat(team.select(".member h3").eachText()).contains(partner.displayName());
		assertThat(team.text()).doesNotContain(family.marker());
		assertThat(status(family.path(), partnerSession)).isEqualTo(404);
		assertThat(page(get("/families"), partnerSession).select(".family-card a").attr("href"))
			.isEqualTo(family.path() + "/team");

		// the same link cannot be used twice
		assertThat(page(get("/invitations/" + token), partnerSession).text()).contains("werkt niet meer");
	}

	@Test
	void consentPerPartCountsFromTheMembersVeryNextRequestAndIsOnRecord() throws Exception {
		TeamMember member = fixtures.teamMember(family);
		assertThat(partnerMay(member, FilePart.PLAN)).isFalse();

		setConsent(member, "PLAN");
		assertThat(partnerMay(member, FilePart.PLAN)).isTrue();
		assertThat(partnerMay(member, FilePart.STORY)).isFalse();
		Document team = page(get(family.path() + "/team"), coordinator);
		assertThat(team.select(".member").text()).contains("Doelen en stappenplan");

		setConsent(member);
		assertThat(partnerMay(member, FilePart.PLAN)).isFalse();
		long refused = jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND actor_account_id = ? "
						+ "AND outcome = 'DENIED' AND resource = 'family.plan'",
				Long.class, family.id(), member.account().id());
		// refused before consent was given, and again right after it was withdrawn
		assertThat(refused).isEqualTo(2);

		Document history = page(get(family.path() + "/team"), parent);
		assertThat(history.select(".history li").eachText()).anyMatch(line -> line.contains("trok de toestemming"))
			.anyMatch(line -> line.contains("gaf " + member.account().displayName() + " toestemming"));
		Document log = page(get(family.path() + "/access-log"), parent);
		assertThat(log.text()).contains("gaf toestemming om een deel van het dossier te zien.",
				"trok toestemming in voor een deel van het dossier.");
	}

	@Test
	void aProfessionalCannotChangeConsentAndACoordinatorCannotGiveItForTheFamily() throws Exception {
		TeamMember member = fixtures.teamMember(family);
		MockHttpSession partnerSession = SignIn.as(mvc, member.account());
		String consent = family.path() + "/team/" + member.membershipId() + "/consent";
		assertThat(mvc.perform(post(consent).session(partnerSession).with(csrf()).param("parts", "PLAN"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post(consent).session(coordinator).with(csrf()).param("parts", "PLAN"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(partnerMay(member, FilePart.PLAN)).isFalse();
	}

	@Test
	void leavingOrBeingRemovedEndsAccessAtOnceAndKeepsTheHistory() throws Exception {
		TeamMember leaving = fixtures.teamMember(family);
		TeamMember removed = fixtures.teamMember(family);
		setConsent(removed, "PLAN", "DEMANDS");
		MockHttpSession leavingSession = SignIn.as(mvc, leaving.account());
		MockHttpSession removedSession = SignIn.as(mvc, removed.account());

		mvc.perform(
				post(family.path() + "/team/" + leaving.membershipId() + "/end").session(leavingSession).with(csrf()));
		assertThat(status(family.path() + "/team", leavingSession)).isEqualTo(404);

		// a member cannot remove someone else
		assertThat(mvc
			.perform(post(family.path() + "/team/" + removed.membershipId() + "/end").session(leavingSession)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		mvc.perform(post(family.path() + "/team/" + removed.membershipId() + "/end").session(coordinator).with(csrf()));
		assertThat(status(family.path() + "/team", removedSession)).isEqualTo(404);
		assertThat(partnerMay(removed, FilePart.PLAN)).isFalse();

		Document team = page(get(family.path() + "/team"), parent);
		assertThat(team.select("#former-title + ul li").eachText()).anyMatch(line -> line.contains("is gestopt"))
			.anyMatch(line -> line.contains("is uit het team gehaald"));
		assertThat(team.select(".history li").eachText()).isNotEmpty();
	}

	@Test
	void aYoungPersonIsHeardAndTheParentsSeeTheirViewBesideTheirChoice() throws Exception {
		TeamMember member = fixtures.teamMember(family);
		MockHttpSession youth = SignIn.as(mvc, family.youth());
		String view = family.path() + "/team/" + member.membershipId() + "/youth-view";
		Document missing = page(post(view).with(csrf()).param("comment", "Ik ken hem nog niet."), youth);
		assertThat(missing.select(".youth-form .error-summary").text()).contains("Kies");
		assertThat(missing.select(".youth-form textarea").text()).isEqualTo("Ik ken hem nog niet.");

		mvc.perform(post(view).session(youth)
			.with(csrf())
			.param("opinion", "RATHER_NOT")
			.param("comment", "Ik ken hem nog niet."));
		Document parentPage = page(get(family.path() + "/team"), parent);
		assertThat(parentPage.select(".youth-view").text()).contains(family.youth().displayName(), "Liever niet",
				"Ik ken hem nog niet.");
		// heard, not deciding: the young person cannot change consent
		assertThat(mvc
			.perform(post(family.path() + "/team/" + member.membershipId() + "/consent").session(youth)
				.with(csrf())
				.param("parts", "PLAN"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theCoordinatorRecordsConsentGivenOnPaperVisiblyToTheFamily() throws Exception {
		TeamMember member = fixtures.teamMember(family);
		String paper = family.path() + "/team/" + member.membershipId() + "/paper-consent";
		Document incomplete = page(post(paper).with(csrf())
			.param("parts", "LEGAL")
			.param("givenBy", "")
			.param("signedOn", "31-02-2026")
			.param("note", ""), coordinator);
		assertThat(incomplete.select(".error-summary li").eachText()).hasSize(3);
		assertThat(incomplete.select("details[open] input[value=LEGAL]").attr("checked")).isNotNull();
		assertThat(partnerMay(member, FilePart.LEGAL)).isFalse();

		mvc.perform(post(paper).session(coordinator)
			.with(csrf())
			.param("parts", "LEGAL")
			.param("givenBy", "Ouder " + family.marker())
			.param("signedOn", "2026-11-02")
			.param("note", "Getekend formulier ligt in de map op kantoor."));
		assertThat(partnerMay(member, FilePart.LEGAL)).isTrue();
		Document history = page(get(family.path() + "/team"), parent);
		assertThat(history.select(".history li").eachText()).anyMatch(
				line -> line.contains("Op papier") && line.contains("Getekend formulier ligt in de map op kantoor."));
		// a member sees what they may see themselves
		Document own = page(get(family.path() + "/team"), SignIn.as(mvc, member.account()));
		assertThat(own.select(".member").text()).contains("Wat u mag zien", "Rechter en maatregelen");
	}

	@Test
	void endingTheTeamsWorkMakesTheFileReadOnlyForProfessionalsAndKeepsItForTheFamily() throws Exception {
		Document incomplete = page(post(family.path() + "/team/closing").with(csrf())
			.param("summary", "")
			.param("handover", "Naar het wijkteam."), coordinator);
		assertThat(incomplete.select("#summary-error").text()).contains("Vul dit in");
		assertThat(incomplete.select("#handover").text()).isEqualTo("Naar het wijkteam.");

		mvc.perform(post(family.path() + "/team/closing").session(coordinator)
			.with(csrf())
			.param("summary", "De kinderen wonen weer thuis.")
			.param("handover", "Naar het wijkteam.")
			.param("familyWords", ""));
		Document closed = page(get(family.path() + "/team"), coordinator);
		assertThat(closed.select(".closing").text()).contains("afgerond", "De kinderen wonen weer thuis.",
				"bewaard tot");
		assertThat(closed.select("#invite-title")).isEmpty();
		assertThat(status(family.path(), coordinator)).isEqualTo(200);
		assertThat(status(family.path() + "/edit", coordinator)).isEqualTo(404);

		Document familyView = page(get(family.path() + "/team"), parent);
		// what professionals pass on about the family, the family reads too
		assertThat(familyView.select(".closing").text()).contains("Naar het wijkteam.");
		String version = familyView.select("input[name=version]").val();
		mvc.perform(post(family.path() + "/team/closing/words").session(parent)
			.with(csrf())
			.param("familyWords", "Wij zijn blij dat we weer samen zijn.")
			.param("version", version));
		assertThat(page(get(family.path() + "/team"), coordinator).select(".closing").text())
			.contains("Wij zijn blij dat we weer samen zijn.");
		assertThat(status(family.path(), parent)).isEqualTo(200);
	}

	@Test
	void invitationsThatCannotBeUsedSayWhyAndNobodyIsInvitedTwice() throws Exception {
		AccountSummary partner = fixtures.account(Role.PARTNER);
		mvc.perform(invite(partner.email(), "").session(coordinator));
		Document twice = page(invite(partner.email(), ""), coordinator);
		assertThat(twice.select("#email-error").text()).contains("al uitgenodigd");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM team_membership WHERE family_id = ? AND account_id = ?",
				Long.class, family.id(), partner.id()))
			.isEqualTo(1);

		String token = fixtures.invitationToken(partner.email());
		MockHttpSession someoneElse = SignIn.as(mvc, fixtures.account(Role.PARTNER));
		assertThat(page(get("/invitations/" + token), someoneElse).text()).contains("voor iemand anders");
		assertThat(page(post("/invitations/" + token).with(csrf()).param("answer", "accept"), someoneElse).text())
			.contains("voor iemand anders");

		jdbc.update("UPDATE team_membership SET expires_at = expires_at - INTERVAL '8' DAY WHERE account_id = ?",
				partner.id());
		assertThat(page(get("/invitations/" + token), SignIn.as(mvc, partner)).text()).contains("ouder dan 7 dagen");
		assertThat(page(get("/invitations/made-up"), someoneElse).text()).contains("werkt niet meer");

		Document familyMember = page(invite(family.parent().email(), ""), coordinator);
		assertThat(familyMember.select("#email-error").text()).contains("gezinslid");
		Document bad = page(invite("geen-adres", "").param("task", ""), coordinator);
		assertThat(bad.select(".error-summary li")).isNotEmpty();
		assertThat(bad.select("#email").val()).isEqualTo("geen-adres");
	}

	@Test
	void aNewProfessionalGetsAnAccountAndTheInvitation() throws Exception {
		String email = Fixtures.unique("nieuw") + "@naast.test";
		Document missingName = page(invite(email, ""), coordinator);
		assertThat(missingName.select("#name-error").text()).contains("nog geen account");
		mvc.perform(invite(email, "Nieuwe Collega").session(coordinator));
		assertThat(accounts.findByEmail(email)).get().extracting(AccountSummary::role).isEqualTo(Role.PARTNER);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Long.class, email))
			.isEqualTo(2);
	}

	private void setConsent(TeamMember member, String... parts) throws Exception {
		MockHttpServletRequestBuilder request = post(family.path() + "/team/" + member.membershipId() + "/consent")
			.session(parent)
			.with(csrf());
		for (String part : parts) {
			request.param("parts", part);
		}
		mvc.perform(request);
	}

	/** Asks the access policy as the member, the way each later part's page will. */
	private boolean partnerMay(TeamMember member, FilePart part) {
		return accounts.actingAs(member.account().id(), () -> {
			try {
				transactions.executeWithoutResult(status -> access.require(family.id(), part, AuditAction.VIEW,
						"family." + part.name().toLowerCase()));
				return true;
			}
			catch (NotFoundException e) {
				return false;
			}
		});
	}

}
