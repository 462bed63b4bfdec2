package nl.naast.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import nl.naast.access.CoordinatorAssignments;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.NotFoundException;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The managers' overview: figures from every module, groups of fewer than five withheld,
 * and nothing that leads to a family.
 */
@NaastTest
class ReportsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	CoordinatorAssignments assignments;

	@Autowired
	List<ReportContribution> contributions;

	private Document reports(AccountSummary manager) throws Exception {
		return Jsoup.parse(mvc.perform(get("/reports").session(SignIn.as(mvc, manager)))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String caseload(Document page, AccountSummary coordinator) {
		return page
			.select("table:has(caption:contains(Gezinnen per procesbegeleider)) tr:has(th:contains("
					+ coordinator.displayName() + ")) td")
			.text();
	}

	@Test
	void aCoordinatorWithFiveFamiliesShowsTheNumberAndOneWithFewerIsWithheld() throws Exception {
		AccountSummary busy = fixtures.account(Role.COORDINATOR);
		List<FamilyWithPeople> families = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			families.add(fixtures.withTwoChildrenInFosterCare(busy));
		}
		AccountSummary starting = fixtures.account(Role.COORDINATOR);
		families.add(fixtures.withTwoChildrenInFosterCare(starting));
		families.add(fixtures.withTwoChildrenInFosterCare(starting));
		// a second small caseload: the two withheld together are enough to keep either
		// from
		// being worked out, so no larger one has to go with them
		AccountSummary alsoStarting = fixtures.account(Role.COORDINATOR);
		for (int i = 0; i < 3; i++) {
			families.add(fixtures.withTwoChildrenInFosterCare(alsoStarting));
		}
		AccountSummary manager = fixtures.account(Role.MANAGER);
		long audited = jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE resource = 'reports.dashboard' AND actor_account_id = ?",
				Long.class, manager.id());

		Document page = reports(manager);
		assertThat(caseload(page, busy)).isEqualTo("5");
		assertThat(caseload(page, starting)).isEqualTo("niet getoond");
		assertThat(caseload(page, alsoStarting)).isEqualTo("niet getoond");
		assertThat(page.select("h2").eachText()).contains("Gezinnen per procesbegeleider", "Gezinnen per fase",
				"Wat er van gezinnen gevraagd wordt, deze week", "Wat ouders vinden van de hulp, per organisatie",
				"Drempels per soort");
		assertThat(page.select("svg.bar-chart__svg[role=img]")).isNotEmpty();
		assertThat(page.select("main a")).isEmpty();
		for (FamilyWithPeople family : families) {
			String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
			assertThat(page.html()).doesNotContain(family.id().toString(), family.marker(), name);
		}
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE resource = 'reports.dashboard' AND actor_account_id = ?",
				Long.class, manager.id()))
			.isEqualTo(audited + 1);
	}

	@Test
	void onlyManagersSeeTheOverview() throws Exception {
		for (Role role : List.of(Role.COORDINATOR, Role.PARTNER, Role.PARENT, Role.YOUTH, Role.ADMIN)) {
			int status = mvc.perform(get("/reports").session(SignIn.as(mvc, fixtures.account(role))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(role.name()).isEqualTo(404);
		}
	}

	@Test
	void caseloadsAreCountedForManagersAlone() {
		for (Role role : List.of(Role.COORDINATOR, Role.PARTNER, Role.PARENT, Role.YOUTH, Role.ADMIN)) {
			AccountSummary someone = fixtures.account(role);
			assertThatThrownBy(() -> accounts.actingAs(someone.id(), assignments::openCaseloads)).as(role.name())
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> accounts.actingAs(someone.id(), assignments::familyCounts)).as(role.name())
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(accounts.actingAs(fixtures.account(Role.MANAGER).id(), assignments::familyCounts)).isNotNull();
	}

	@Test
	void aFamilyWhoseWorkEndedNoLongerCountsInWhatIsAskedOfFamilies() {
		ReportContribution demands = contributions.stream()
			.filter(c -> org.springframework.util.ClassUtils.getUserClass(c).getSimpleName().equals("DemandsReport"))
			.findFirst()
			.orElseThrow();
		AccountSummary manager = fixtures.account(Role.MANAGER);
		long before = contradictions(demands, manager);
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		UUID demand = fixtures.demand(family);
		jdbc.update(
				"INSERT INTO demand_contradiction (id, family_id, first_id, second_id, detected, linked_by_name, "
						+ "linked_at) VALUES (?, ?, ?, ?, FALSE, 'Test', CURRENT_TIMESTAMP)",
				UUID.randomUUID(), family.id(), demand, demand);
		assertThat(contradictions(demands, manager)).isEqualTo(before + 1);
		jdbc.update(
				"INSERT INTO family_closure (family_id, closed_at, closed_by, retention_until) "
						+ "VALUES (?, CURRENT_TIMESTAMP, ?, DATE '2040-01-01')",
				family.id(), family.coordinator().id());
		assertThat(contradictions(demands, manager)).isEqualTo(before);
	}

	private long contradictions(ReportContribution demands, AccountSummary manager) {
		return accounts.actingAs(manager.id(), demands::sections)
			.get(0)
			.rows()
			.stream()
			.filter(r -> r.label().equals("reports.demands.contradiction"))
			.findFirst()
			.orElseThrow()
			.basis();
	}

	@Test
	void aSmallCaseloadCannotBeWorkedOutFromTheFamiliesPerPhase() {
		// caseloads 3, 6 and 7 add up to the 16 open families: 2 starting and 14 working
		// together. Withholding only the 3 would let anyone compute it as 16 - 6 - 7.
		ReportSection caseload = new ReportSection("c", "i", "l", List.of("n"),
				List.of(ReportRow.count("Anna", false, 3).partOf("open"),
						ReportRow.count("Bob", false, 6).partOf("open"),
						ReportRow.count("Cas", false, 7).partOf("open")),
				true);
		ReportSection phases = new ReportSection("p", "i", "l", List.of("n"),
				List.of(ReportRow.count("starting", true, 2).partOf("open"),
						ReportRow.count("working", true, 14).partOf("open"), ReportRow.count("ended", true, 8)),
				false);
		List<ReportSection> shown = Reports.suppressed(List.of(caseload, phases));
		assertThat(shown.get(0).rows()).extracting(ReportRow::withheld).containsExactly(true, true, false);
		assertThat(shown.get(1).rows()).extracting(ReportRow::withheld).containsExactly(true, true, false);
		// what is left: 7 of 16 open, 8 ended; Anna and Bob, starting and working are
		// open
		assertThat(shown.get(0).rows().get(2).values()).containsExactly("7");
		assertThat(shown.get(0).bars().bars()).extracting(BarChart.Bar::label).containsExactly("Cas");
	}

	@Test
	void rowsOfOneToFourAreWithheldAndEmptyOnesAreNot() {
		ReportSection section = new ReportSection("t", "i", "l", List.of("c"), List.of(ReportRow.count("a", false, 4),
				ReportRow.count("b", false, 5), ReportRow.count("c", false, 0), ReportRow.withheld("d", false)), false);
		assertThat(Reports.suppressed(section).rows()).extracting(ReportRow::withheld)
			.containsExactly(true, false, false, true);
		assertThat(Reports.suppressed(section).rows().get(0).values()).isEmpty();
	}

}
