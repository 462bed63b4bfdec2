package nl.naast.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.reporting.BarChart.Bar;
import nl.naast.reporting.ReportRow;
import nl.naast.reporting.Reports;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Barriers through the web: recorded without family details, counted for team managers
 * without any family, grouped into themes with the action taken, and exported without a
 * trace of a family or an author.
 */
@NaastTest
class SignalsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	AccountSummary managerAccount;

	MockHttpSession manager;

	String familyName;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		managerAccount = fixtures.account(Role.MANAGER);
		manager = SignIn.as(mvc, managerAccount);
		familyName = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		// no category small, so that the counts these tests follow are shown
		fixtures.barriersInEveryCategory(Reports.MIN_GROUP);
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder barrier(String happened, String familyId) {
		return barrier(happened, familyId, "Gemeente, Belastingdienst", "Kostendelersnorm");
	}

	private MockHttpServletRequestBuilder barrier(String happened, String familyId, String organisations, String rule) {
		return post("/signals").param("happened", happened)
			.param("organisations", organisations)
			.param("rule", rule)
			.param("category", "MONEY_AND_DEBTS")
			.param("impact", "Drie maanden geen toeslag, de kinderen konden niet naar zwemles.")
			.param("suggestion", "Eén loket voor alle toeslagen.")
			.param("occurredOn", "")
			.param("family", familyId);
	}

	private long moneyCount() throws Exception {
		Document team = page(get("/signals"), manager);
		return Long.parseLong(
				team.select("table:has(caption:contains(Drempels per soort)) tr:has(th:contains(Geld en schulden)) td")
					.text());
	}

	@Test
	void aLinkedBarrierShowsWithItsFamilyToItsAuthorAndOnlyCountedToTheManager() throws Exception {
		long before = moneyCount();
		String happened = "Het aanvraagformulier kwam drie keer terug " + Fixtures.unique("zaak");
		MockHttpServletResponse saved = send(barrier(happened, family.id().toString()), coordinator);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/signals");
		// every field checked against the family at once: one look recorded, not one per
		// field
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND resource = 'family.identifiers'", Long.class,
				family.id()))
			.isEqualTo(1);

		Document mine = page(get("/signals"), coordinator);
		assertThat(mine.select(".barrier").first().text()).contains(happened, familyName);
		assertThat(mine.select(".barrier").first().select("a").attr("href")).isEqualTo(family.path());

		Document team = page(get("/signals"), manager);
		assertThat(moneyCount()).isEqualTo(before + 1);
		assertThat(team.select(".barrier").text()).contains(happened);
		assertThat(team.html()).doesNotContain(familyName, family.id().toString(), family.marker(),
				family.coordinator().displayName());
		assertThat(team.select("svg.bar-chart__svg[role=img] title")).isNotEmpty();
	}

	@Test
	void aBarrierNamingTheLinkedFamilyIsRefusedAtTheFieldWithTheInputKept() throws Exception {
		String child = "Broertje " + family.marker();
		String happened = "De school van " + child + " wilde niet meewerken.";
		Document back = page(barrier(happened, family.id().toString()).with(csrf()), coordinator);
		assertThat(back.select(".error-summary a[href=#b-happened]")).hasSize(1);
		assertThat(back.select("#b-happened-error").text()).contains("Haal dit weg", "Broertje");
		assertThat(back.select("#b-happened").text()).isEqualTo(happened);
		assertThat(back.select("#b-family option[selected]").attr("value")).isEqualTo(family.id().toString());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signal_barrier WHERE happened = ?", Long.class, happened))
			.isZero();

		// without a link, contact details of anyone are refused as well
		Document unlinked = page(barrier("Bel mevrouw op 06-12345678 over de brief.", "").with(csrf()), coordinator);
		assertThat(unlinked.select("#b-happened-error").text()).contains("06-12345678");
	}

	@Test
	void aPartnerSeesOnlyTheirOwnBarriersAndNoThemes() throws Exception {
		String happened = "Niemand nam de telefoon op " + Fixtures.unique("zaak");
		send(barrier(happened, ""), coordinator);
		MockHttpSession partner = SignIn.as(mvc, fixtures.account(Role.PARTNER));
		Document theirs = page(get("/signals"), partner);
		assertThat(theirs.text()).doesNotContain(happened);
		assertThat(theirs.select("form[action=/signals]")).hasSize(1);
		assertThat(send(post("/signals/themes").param("title", "Van een partner"), partner).getStatus()).isEqualTo(404);
		assertThat(
				mvc.perform(get("/signals/themes/export.csv").session(partner)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aManagerGroupsBarriersIntoAThemeWithTheActionAndExportsItWithoutAnyFamilyOrAuthor() throws Exception {
		String happened = "De brief van de gemeente was onleesbaar " + Fixtures.unique("zaak");
		UUID barrierId = fixtures.barrier(family.coordinator(), family, happened);
		String title = Fixtures.unique("Onleesbare brieven");
		assertThat(send(post("/signals/themes").param("title", title).param("description", "Brieven in moeilijke taal"),
				manager)
			.getRedirectedUrl()).startsWith("/signals");
		UUID themeId = jdbc.queryForObject("SELECT id FROM signal_theme WHERE title = ?", UUID.class, title);
		assertThat(
				send(post("/signals/" + barrierId + "/theme").param("theme", themeId.toString()).param("version", "0"),
						manager)
					.getRedirectedUrl())
			.isEqualTo("/signals");
		assertThat(send(post("/signals/themes/" + themeId + "/action").param("action", "Besproken met het ministerie")
			.param("version", "0"), manager).getRedirectedUrl()).isEqualTo("/signals/themes/" + themeId);

		Document theme = page(get("/signals/themes/" + themeId), manager);
		assertThat(theme.select("h1").text()).isEqualTo(title);
		assertThat(theme.text()).contains(happened, "Besproken met het ministerie");
		assertThat(theme.html()).doesNotContain(familyName, family.id().toString());

		MockHttpServletResponse csv = mvc.perform(get("/signals/themes/export.csv").session(manager))
			.andReturn()
			.getResponse();
		assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		assertThat(csv.getContentType()).startsWith("text/csv");
		String csvText = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csvText).startsWith("\uFEFF");
		assertThat(csvText).contains(title, happened, "Besproken met het ministerie", "Geld en schulden",
				"\"Gemeente, Belastingdienst\"");
		MockHttpServletResponse json = mvc.perform(get("/signals/themes/export.json").session(manager))
			.andReturn()
			.getResponse();
		assertThat(json.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		String jsonText = new String(json.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(jsonText).contains(title, happened, "Besproken met het ministerie", "MONEY_AND_DEBTS");
		for (String export : List.of(csvText, jsonText)) {
			assertThat(export).doesNotContain(family.id().toString(), familyName, family.marker(),
					family.coordinator().id().toString(), family.coordinator().displayName(),
					family.coordinator().email());
		}
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE resource = 'signals.export' AND actor_account_id = ?",
				Long.class, managerAccount.id()))
			.isEqualTo(2);
	}

	@Test
	void anActionChangedMeanwhileIsNotOverwritten() throws Exception {
		UUID themeId = fixtures.theme(managerAccount, Fixtures.unique("Wachtlijsten"));
		MockHttpSession other = SignIn.as(mvc, fixtures.account(Role.MANAGER));
		send(post("/signals/themes/" + themeId + "/action").param("action", "Brief aan de wethouder")
			.param("version", "0"), other);
		Document back = page(post("/signals/themes/" + themeId + "/action").with(csrf())
			.param("action", "Gebeld met de GGD")
			.param("version", "0"), manager);
		assertThat(back.select(".notice--error").text()).contains("Iemand anders heeft dit net veranderd",
				"Brief aan de wethouder");
		assertThat(back.select("#a-action").text()).isEqualTo("Gebeld met de GGD");
		assertThat(jdbc.queryForObject("SELECT action_taken FROM signal_theme WHERE id = ?", String.class, themeId))
			.isEqualTo("Brief aan de wethouder");
	}

	@Test
	void aBarrierPutIntoAThemeMeanwhileIsNotMovedOverIt() throws Exception {
		UUID barrierId = fixtures.barrier(family.coordinator(), family, "Een brief zonder telefoonnummer");
		UUID first = fixtures.theme(managerAccount, Fixtures.unique("Brieven"));
		UUID second = fixtures.theme(managerAccount, Fixtures.unique("Bereikbaarheid"));
		Document team = page(get("/signals"), manager);
		assertThat(team.select("form[action=/signals/" + barrierId + "/theme] input[name=version]").attr("value"))
			.isEqualTo("0");
		MockHttpSession other = SignIn.as(mvc, fixtures.account(Role.MANAGER));
		assertThat(send(post("/signals/" + barrierId + "/theme").param("theme", first.toString()).param("version", "0"),
				other)
			.getRedirectedUrl()).isEqualTo("/signals");
		Document back = page(post("/signals/" + barrierId + "/theme").with(csrf())
			.param("theme", second.toString())
			.param("version", "0"), manager);
		assertThat(back.select("#barrier-" + barrierId + " [role=alert]").text())
			.contains("Iemand anders heeft deze drempel net in een thema gezet");
		assertThat(back.select("#p" + barrierId + "-theme option[selected]").attr("value")).isEqualTo(first.toString());
		assertThat(jdbc.queryForObject("SELECT theme_id FROM signal_barrier WHERE id = ?", UUID.class, barrierId))
			.isEqualTo(first);

		// no theme chosen: the page says so at the top, and leads to the select
		Document unchosen = page(
				post("/signals/" + barrierId + "/theme").with(csrf()).param("theme", "").param("version", "1"),
				manager);
		assertThat(unchosen.select(".error-summary a[href=#p" + barrierId + "-theme]")).hasSize(1);
		assertThat(unchosen.select("#p" + barrierId + "-theme").attr("aria-describedby"))
			.isEqualTo("p" + barrierId + "-theme-error");
	}

	@Test
	void anUnlinkedBarrierNamingOneOfTheAuthorsFamiliesIsRefusedAndNeverExported() throws Exception {
		FamilyWithPeople other = fixtures.withTwoChildrenInFosterCare(family.coordinator());
		String happened = "De school van broertje " + other.marker() + " wilde niet meewerken.";
		Document back = page(barrier(happened, "").with(csrf()), coordinator);
		assertThat(back.select(".error-summary a[href=#b-happened]")).hasSize(1);
		assertThat(back.select("#b-happened-error").text()).contains("Haal dit weg", other.marker());
		assertThat(back.select("#b-happened").text()).isEqualTo(happened);
		assertThat(back.select("#b-family option[selected]").attr("value")).isEmpty();
		// in the rule too, and for the first family as well
		Document inRule = page(
				barrier("De brief kwam te laat.", "", "Gemeente", "Regel van " + family.marker()).with(csrf()),
				coordinator);
		assertThat(inRule.select("#b-rule-error").text()).contains(family.marker());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signal_barrier WHERE happened = ?", Long.class, happened))
			.isZero();

		// someone who does not work with the family may write the same word: it is not
		// their family's name
		MockHttpSession stranger = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		String strangers = "Een school wilde niet meewerken " + other.marker();
		assertThat(send(barrier(strangers, ""), stranger).getRedirectedUrl()).isEqualTo("/signals");

		// what the author saves without the name goes into a theme and out in the
		// exports,
		// with no name of any of the author's families
		String clean = "De school wilde niet meewerken " + Fixtures.unique("zaak");
		assertThat(send(barrier(clean, ""), coordinator).getRedirectedUrl()).isEqualTo("/signals");
		UUID barrierId = jdbc.queryForObject("SELECT id FROM signal_barrier WHERE happened = ?", UUID.class, clean);
		UUID themeId = fixtures.theme(managerAccount, Fixtures.unique("Scholen"));
		send(post("/signals/" + barrierId + "/theme").param("theme", themeId.toString()).param("version", "0"),
				manager);
		String otherName = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, other.id());
		for (String export : List.of("/signals/themes/export.csv", "/signals/themes/export.json")) {
			String text = new String(
					mvc.perform(get(export).session(manager)).andReturn().getResponse().getContentAsByteArray(),
					StandardCharsets.UTF_8);
			assertThat(text).contains(clean)
				.doesNotContain(happened, family.marker(), familyName, otherName, family.id().toString(),
						other.id().toString());
		}
	}

	@Test
	void aBarrierNamesOrganisationsOrARuleAtLeast() throws Exception {
		String happened = "Niemand wist welk loket " + Fixtures.unique("zaak");
		Document neither = page(barrier(happened, "", "", " ").with(csrf()), coordinator);
		assertThat(neither.select(".error-summary a[href=#b-organisations]")).hasSize(1);
		assertThat(neither.select("#b-organisations-error").text()).contains("instantie of een regel");
		assertThat(neither.select("#b-organisations").attr("aria-describedby")).contains("b-organisations-error");
		assertThat(neither.select("#b-happened").text()).isEqualTo(happened);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signal_barrier WHERE happened = ?", Long.class, happened))
			.isZero();

		// a rule alone is enough, and so are organisations alone
		assertThat(send(barrier(happened, "", "", "Kostendelersnorm"), coordinator).getRedirectedUrl())
			.isEqualTo("/signals");
		String orgsOnly = "Alleen een instantie " + Fixtures.unique("zaak");
		assertThat(send(barrier(orgsOnly, "", "Gemeente", ""), coordinator).getRedirectedUrl()).isEqualTo("/signals");
		assertThat(jdbc.queryForObject("SELECT organisations FROM signal_barrier WHERE happened = ?", String.class,
				happened))
			.isNull();
		Document team = page(get("/signals"), manager);
		assertThat(team.select(".barrier:contains(" + happened + ")").text()).contains("Kostendelersnorm")
			.doesNotContain("Welke instantie");
	}

	@Test
	void smallCountsAreWithheldOnTheTeamPageAsOnTheOverviewAndCannotBeWorkedOut() {
		LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
		LocalDate from = thisMonth.minusMonths(11);
		// 3 about rules is small; with 6 and 12 the total 21 would give it away
		BarrierCounts counts = BarrierCounts.of(
				Map.of(Category.RULES_AND_LAW, 3L, Category.OTHER, 6L, Category.MONEY_AND_DEBTS, 12L),
				Map.of(thisMonth, 21L), from, thisMonth, List.of(), LocalDate::toString);
		assertThat(counts.total()).isEqualTo(21);
		Map<String, ReportRow> rows = new java.util.HashMap<>();
		counts.perCategory().forEach(r -> rows.put(r.label(), r));
		assertThat(rows.get("signals.category.RULES_AND_LAW").withheld()).isTrue();
		assertThat(rows.get("signals.category.OTHER").withheld()).isTrue();
		assertThat(rows.get("signals.category.MONEY_AND_DEBTS").values()).containsExactly("12");
		assertThat(rows.get("signals.category.DISCRIMINATION").values()).containsExactly("0");
		assertThat(counts.perMonth().get(11).values()).containsExactly("21");

		// a month of 2 beside one of 19: the next smallest month goes too
		BarrierCounts months = BarrierCounts.of(Map.of(Category.OTHER, 21L),
				Map.of(thisMonth, 19L, thisMonth.minusMonths(1), 2L), from, thisMonth, List.of(), LocalDate::toString);
		assertThat(months.perMonth().get(10).withheld()).isTrue();
		assertThat(months.perMonth().get(11).withheld()).isTrue();
	}

	@Test
	void theOrganisationsBeyondTheTopTenAreCountedTogetherAndAllAreListed() {
		LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
		List<Bar> organisations = new java.util.ArrayList<>();
		for (int i = 0; i < 10; i++) {
			organisations.add(new Bar("Instantie " + (char) ('A' + i), false, 20 - i));
		}
		organisations.add(new Bar("Klein 1", false, 4));
		organisations.add(new Bar("Klein 2", false, 1));
		BarrierCounts counts = BarrierCounts.of(Map.of(), Map.of(), thisMonth, thisMonth, organisations,
				LocalDate::toString);
		assertThat(counts.perOrganisation()).hasSize(12);
		assertThat(counts.perOrganisation().subList(10, 12)).allMatch(ReportRow::withheld);
		// the chart's ten bars and "the others together" add up to every mention
		assertThat(counts.organisationsChart().bars()).hasSize(11);
		assertThat(counts.organisationsChart().bars().get(10))
			.isEqualTo(new Bar("signals.counts.organisation.other", true, 5));
		assertThat(counts.organisationsChart().bars().stream().mapToLong(Bar::value).sum())
			.isEqualTo(organisations.stream().mapToLong(Bar::value).sum());

		// one small organisation outside the top ten: "the others together" would name
		// its
		// count, so it is withheld
		List<Bar> oneSmall = new java.util.ArrayList<>(organisations.subList(0, 11));
		BarrierCounts single = BarrierCounts.of(Map.of(), Map.of(), thisMonth, thisMonth, oneSmall,
				LocalDate::toString);
		assertThat(single.otherOrganisations().withheld()).isTrue();
		assertThat(single.organisationsChart().bars()).hasSize(10);
	}

	@Test
	void theTeamPageListsEveryOrganisationPageByPage() throws Exception {
		List<String> planted = new java.util.ArrayList<>();
		for (int i = 0; i < 22; i++) {
			String name = Fixtures.unique("Instantie");
			planted.add(name);
			fixtures.plantBarrier("OTHER", name, "Een loket dicht " + name);
		}
		List<String> listed = new java.util.ArrayList<>();
		String next = "/signals";
		int pages = 0;
		while (next != null && pages++ < 50) {
			Document team = page(get(next), manager);
			assertThat(team.select("#signals-organisations-table caption").text()).contains("alle instanties");
			team.select("#signals-organisations-table tbody th").forEach(th -> listed.add(th.text()));
			// every count shown is 0 or at least 5; the rest is "not shown"
			for (var cell : team.select(".report-table tbody td")) {
				assertThat(cell.text()).matches("0|[5-9]|[1-9][0-9]+|niet getoond");
			}
			var link = team.select("nav.pager a[rel=next][href*=organisationsPage]");
			next = link.isEmpty() ? null : link.attr("href");
		}
		assertThat(pages).isGreaterThan(1);
		assertThat(listed).containsAll(planted);
	}

	@Test
	void aBarrierIsTakenOutOfItsThemeAndAThemeIsRenamedWithoutOverwritingAChangeMeanwhile() throws Exception {
		UUID barrierId = fixtures.barrier(family.coordinator(), family, "Een formulier van twintig bladzijden");
		UUID themeId = fixtures.theme(managerAccount, Fixtures.unique("Formulieren"));
		send(post("/signals/" + barrierId + "/theme").param("theme", themeId.toString()).param("version", "0"),
				manager);
		Document theme = page(get("/signals/themes/" + themeId), manager);
		String removeAction = "/signals/themes/" + themeId + "/barriers/" + barrierId + "/remove";
		assertThat(theme.select("form[action=" + removeAction + "] input[name=version]").attr("value")).isEqualTo("1");

		// taken out with an old version: someone else changed it meanwhile, it stays
		Document stale = page(post(removeAction).with(csrf()).param("version", "0"), manager);
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		assertThat(jdbc.queryForObject("SELECT theme_id FROM signal_barrier WHERE id = ?", UUID.class, barrierId))
			.isEqualTo(themeId);
		assertThat(send(post(removeAction).param("version", "1"), manager).getRedirectedUrl())
			.isEqualTo("/signals/themes/" + themeId);
		assertThat(jdbc.queryForObject("SELECT theme_id FROM signal_barrier WHERE id = ?", UUID.class, barrierId))
			.isNull();
		assertThat(page(get("/signals/themes/" + themeId), manager).select(".barrier")).isEmpty();
		assertThat(page(get("/signals"), manager).select("#barrier-" + barrierId)).hasSize(1);
		// a partner cannot
		assertThat(send(post(removeAction).param("version", "2"), SignIn.as(mvc, fixtures.account(Role.PARTNER)))
			.getStatus()).isEqualTo(404);

		// renamed; an empty name comes back at the field
		String renamed = Fixtures.unique("Lange formulieren");
		String renameAction = "/signals/themes/" + themeId + "/rename";
		Document empty = page(post(renameAction).with(csrf()).param("title", " ").param("version", "0"), manager);
		assertThat(empty.select("#r-title-error").text()).isNotEmpty();
		assertThat(empty.select(".error-summary a[href=#r-title]")).hasSize(1);
		assertThat(send(
				post(renameAction).param("title", renamed).param("description", "Te veel papier").param("version", "0"),
				manager)
			.getRedirectedUrl()).isEqualTo("/signals/themes/" + themeId);
		assertThat(page(get("/signals/themes/" + themeId), manager).select("h1").text()).isEqualTo(renamed);
		// a rename over someone else's rename is not saved, the typed name kept
		Document conflict = page(post(renameAction).with(csrf()).param("title", "Iets anders").param("version", "0"),
				manager);
		assertThat(conflict.select("[role=alert]").text()).contains("net veranderd", renamed);
		assertThat(conflict.select("#r-title").attr("value")).isEqualTo("Iets anders");
		assertThat(jdbc.queryForObject("SELECT title FROM signal_theme WHERE id = ?", String.class, themeId))
			.isEqualTo(renamed);
	}

	@Test
	void organisationsAreSplitOnCommasAndCountedWithoutRegardToCase() {
		List<Bar> bars = Signals.organisations(List.of("Gemeente, Belastingdienst", "gemeente", " GGD ,Gemeente"));
		assertThat(bars.get(0)).isEqualTo(new Bar("Gemeente", false, 3));
		assertThat(bars).extracting(Bar::label).containsExactly("Gemeente", "Belastingdienst", "GGD");
	}

	@Test
	void csvCellsAreQuotedAsRfc4180SaysAndFormulasAreDefused() {
		assertThat(ThemeExport.quoted("plain")).isEqualTo("plain");
		assertThat(ThemeExport.quoted("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
		assertThat(ThemeExport.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ThemeExport.quoted("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
	}

}
