package nl.naast.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.audit.AuditChain;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.retention.RetentionRuns;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * A parent asks to erase the family's data, someone else decides with a reason, the
 * family sees where it stands, and the nightly run carries out an approved request
 * through the same path as expired files. A running measure holds the data; nobody
 * decides on their own request.
 */
@NaastTest
class ErasureRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RetentionRuns runs;

	@Autowired
	AuditChain chain;

	FamilyWithPeople family;

	MockHttpSession parent;

	MockHttpSession admin;

	AccountSummary adminAccount;

	@BeforeEach
	void aFamilyAndAnAdministrator() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		parent = SignIn.as(mvc, family.parent());
		adminAccount = fixtures.account(Role.ADMIN);
		admin = SignIn.as(mvc, adminAccount);
	}

	@Test
	void aParentAsksAnAdministratorApprovesAndTheNightlyRunErasesTheFamily() throws Exception {
		assertThat(page(family.path() + "/erasure", parent)).contains("Verwijder mijn gegevens");
		mvc.perform(post(family.path() + "/erasure").session(parent).with(csrf()));
		// asking twice makes one request
		mvc.perform(post(family.path() + "/erasure").session(parent).with(csrf()));
		assertThat(requests("REQUESTED")).isEqualTo(1);
		assertThat(page(family.path() + "/erasure", parent)).contains("Ontvangen, nog niet besloten");
		UUID request = jdbc.queryForObject("SELECT id FROM erasure_request WHERE family_id = ?", UUID.class,
				family.id());

		String withoutReason = decide(request, "approve", "");
		assertThat(withoutReason).contains("Schrijf de reden van uw besluit.");
		assertThat(requests("REQUESTED")).isEqualTo(1);

		decide(request, "approve", "Geen wettelijke plicht om te bewaren.");
		assertThat(requests("APPROVED")).isEqualTo(1);
		assertThat(page(family.path() + "/erasure", parent)).contains("Goedgekeurd")
			.contains("Geen wettelijke plicht om te bewaren.");
		// deciding again changes nothing: it was decided
		assertThat(decide(request, "refuse", "Toch niet")).contains("Iemand anders heeft dit verzoek net besloten");

		var run = runs.run();
		assertThat(run.erased(RetentionRuns.ERASURE_REQUEST, RetentionRuns.FAMILIES)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM family WHERE id = ?", Long.class, family.id())).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM erasure_request WHERE family_id = ?", Long.class,
				family.id()))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM story_entry WHERE family_id = ?", Long.class, family.id()))
			.isZero();
		assertThat(mvc.perform(get(family.path() + "/erasure").session(parent)).andReturn().getResponse().getStatus())
			.isIn(302, 404);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void whileAMeasureRunsApprovalIsRefusedAndTheFamilySeesTheRefusal() throws Exception {
		fixtures.measure(family, java.time.LocalDate.now().minusMonths(1).toString());
		mvc.perform(post(family.path() + "/erasure").session(parent).with(csrf()));
		UUID request = jdbc.queryForObject("SELECT id FROM erasure_request WHERE family_id = ?", UUID.class,
				family.id());
		assertThat(page("/erasure-requests", admin)).contains("Er loopt een maatregel van de rechter");
		assertThat(decide(request, "approve", "Akkoord")).contains("Goedkeuren kan nu niet");
		assertThat(requests("REQUESTED")).isEqualTo(1);
		decide(request, "refuse", "De ondertoezichtstelling loopt nog; vraag het opnieuw als die is afgelopen.");
		assertThat(page(family.path() + "/erasure", parent)).contains("Afgewezen")
			.contains("De ondertoezichtstelling loopt nog");
		// refused: the family may ask again later
		assertThat(page(family.path() + "/erasure", parent)).contains("id=\"ask-erasure\"");
	}

	@Test
	void aMeasureThatStartsNextMonthHoldsTheDataAlready() throws Exception {
		fixtures.measure(family, java.time.LocalDate.now().plusMonths(1).toString());
		mvc.perform(post(family.path() + "/erasure").session(parent).with(csrf()));
		UUID request = jdbc.queryForObject("SELECT id FROM erasure_request WHERE family_id = ?", UUID.class,
				family.id());
		assertThat(decide(request, "approve", "Akkoord")).contains("Goedkeuren kan nu niet");
		assertThat(requests("REQUESTED")).isEqualTo(1);
	}

	@Test
	void nobodyDecidesTheirOwnRequestAndFamiliesCannotDecide() throws Exception {
		UUID own = UUID.randomUUID();
		jdbc.update("INSERT INTO erasure_request (id, family_id, requested_by, requested_at, status, version) "
				+ "VALUES (?, ?, ?, CURRENT_TIMESTAMP, 'REQUESTED', 0)", own, family.id(), adminAccount.id());
		MvcResult result = mvc
			.perform(post("/erasure-requests/" + own + "/decision").session(admin)
				.with(csrf())
				.param("outcome", "approve")
				.param("reason", "Mag ik zelf")
				.param("version", "0"))
			.andReturn();
		// refused as every refusal here is: not found, and on record
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(requests("REQUESTED")).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND actor_account_id = ? "
						+ "AND resource = 'family.erasure-decision' AND outcome = 'DENIED'",
				Long.class, family.id(), adminAccount.id()))
			.isEqualTo(1);
		assertThat(mvc.perform(get("/erasure-requests").session(parent)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// a manager of another organisation does not see this family's request
		MockHttpSession manager = SignIn.as(mvc, fixtures.account(Role.MANAGER));
		assertThat(page("/erasure-requests", manager)).doesNotContain(family.id().toString());
	}

	private long requests(String status) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM erasure_request WHERE family_id = ? AND status = ?",
				Long.class, family.id(), status);
	}

	private String decide(UUID request, String outcome, String reason) throws Exception {
		int version = jdbc.queryForObject("SELECT version FROM erasure_request WHERE id = ?", Integer.class, request);
		if (outcome.equals("refuse") && reason.equals("Toch niet")) {
			version = 0;
		}
		MvcResult result = mvc
			.perform(post("/erasure-requests/" + request + "/decision").session(admin)
				.with(csrf())
				.param("outcome", outcome)
				.param("reason", reason)
				.param("version", String.valueOf(version)))
			.andReturn();
		return result.getResponse().getContentAsString();
	}

	private String page(String path, MockHttpSession session) throws Exception {
		MvcResult result = mvc.perform(get(path).session(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
