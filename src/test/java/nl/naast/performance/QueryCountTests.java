package nl.naast.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import nl.naast.access.FilePart;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.Fixtures.TeamMember;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * No page issues more queries for more data: every main page of a family with one of
 * everything and of a family with ten or more of everything issues exactly the same
 * number of SQL statements (reads, audit rows and all), and stays under a fixed ceiling.
 * A query per row (N+1) fails here.
 */
@NaastTest
@Import(QueryCountTests.CountingDataSource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTests {

	/** Above this a page does too much for one request, however little data it shows. */
	private static final int CEILING = 60;

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countingDataSourceProxy() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
					}
					return bean;
				}
			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	FamilyWithPeople small;

	FamilyWithPeople large;

	TeamMember smallPartner;

	TeamMember largePartner;

	@BeforeAll
	void aSmallAndALargeFamily() {
		small = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		smallPartner = fill(small, 1);
		large = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		largePartner = fill(large, 10);
		for (int i = 0; i < 8; i++) {
			fixtures.withTwoChildrenInFosterCare(large.coordinator());
		}
	}

	private TeamMember fill(FamilyWithPeople family, int times) {
		TeamMember partner = null;
		for (int i = 0; i < Math.max(1, times / 3); i++) {
			partner = fixtures.teamMember(family);
			fixtures.consent(family, partner, FilePart.STORY, FilePart.PLAN, FilePart.MEETINGS, FilePart.DEMANDS);
		}
		for (int i = 0; i < times; i++) {
			fixtures.storyEntry(family);
			fixtures.demand(family);
			fixtures.goalWithStep(family);
			fixtures.event(family);
		}
		for (int i = 0; i < Math.max(1, times / 3); i++) {
			fixtures.meetings(family);
		}
		fixtures.legal(family);
		fixtures.analysis(family);
		return partner;
	}

	private static final List<String> FAMILY_PAGES = List.of("", "/team", "/story", "/story/analysis", "/plan",
			"/demands", "/meetings", "/journey", "/legal", "/contact", "/access-log");

	@Test
	void aCoordinatorsPagesIssueAsManyQueriesForMuchDataAsForLittle() throws Exception {
		Map<String, Integer> smallCounts = coordinatorPages(small);
		Map<String, Integer> largeCounts = coordinatorPages(large);
		report("coordinator", smallCounts, largeCounts);
		assertThat(largeCounts).isEqualTo(smallCounts);
		assertThat(largeCounts.values()).allMatch(count -> count <= CEILING);
	}

	@Test
	void theFamilysOwnPagesIssueAsManyQueriesForMuchDataAsForLittle() throws Exception {
		Map<String, Integer> smallCounts = parentPages(small);
		Map<String, Integer> largeCounts = parentPages(large);
		report("parent", smallCounts, largeCounts);
		assertThat(largeCounts).isEqualTo(smallCounts);
		assertThat(largeCounts.values()).allMatch(count -> count <= CEILING);
	}

	@Test
	void aPartnersPagesIssueAsManyQueriesForMuchDataAsForLittle() throws Exception {
		Map<String, Integer> smallCounts = partnerPages(small, smallPartner);
		Map<String, Integer> largeCounts = partnerPages(large, largePartner);
		report("partner", smallCounts, largeCounts);
		assertThat(largeCounts).isEqualTo(smallCounts);
	}

	private Map<String, Integer> coordinatorPages(FamilyWithPeople family) throws Exception {
		MockHttpSession session = SignIn.as(mvc, family.coordinator());
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("/families", queries(session, "/families"));
		counts.put("/families?q=Gezin", queries(session, "/families?q=Gezin"));
		for (String page : FAMILY_PAGES) {
			counts.put("{family}" + page, queries(session, family.path() + page));
		}
		counts.put("/meetings/week", queries(session, "/meetings/week"));
		counts.put("/legal/deadlines", queries(session, "/legal/deadlines"));
		counts.put("/notifications", queries(session, "/notifications"));
		return counts;
	}

	private Map<String, Integer> parentPages(FamilyWithPeople family) throws Exception {
		MockHttpSession session = SignIn.as(mvc, family.parent());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("", "/team", "/story", "/plan", "/demands", "/meetings", "/journey", "/legal")) {
			counts.put("{family}" + page, queries(session, family.path() + page));
		}
		return counts;
	}

	private Map<String, Integer> partnerPages(FamilyWithPeople family, TeamMember partner) throws Exception {
		MockHttpSession session = SignIn.as(mvc, partner.account());
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("/families", queries(session, "/families"));
		for (String page : List.of("/team", "/story", "/plan", "/demands", "/meetings")) {
			counts.put("{family}" + page, queries(session, family.path() + page));
		}
		return counts;
	}

	/** The statements one request issued, after a first request warmed every cache. */
	private int queries(MockHttpSession session, String path) throws Exception {
		mvc.perform(get(path).session(session));
		QueryCountHolder.clear();
		int status = mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isEqualTo(200);
		return (int) QueryCountHolder.getGrandTotal().getTotal();
	}

	private static void report(String who, Map<String, Integer> small, Map<String, Integer> large) {
		StringBuilder table = new StringBuilder("Queries per page (" + who + "): page | little data | much data\n");
		small.forEach((page, count) -> table.append(page)
			.append(" | ")
			.append(count)
			.append(" | ")
			.append(large.get(page))
			.append('\n'));
		System.out.print(table);
	}

}
