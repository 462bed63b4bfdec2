package nl.naast.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.demands.DemandForm;
import nl.naast.demands.Demands;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyForm;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.plan.GoalForm;
import nl.naast.plan.Plans;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * 2, 5 and 20 people save the same version of one record at the same moment (a latch lets
 * them go together), many times over: exactly one of them wins, every other one gets
 * "someone changed this" ({@link ConcurrentEditException}) and nothing else, the record
 * then holds exactly the winner's words at the next version, and exactly one audit record
 * of the change is kept. Three records with a version: a family file, a goal in the plan
 * and a demand, through their services; and the family file through its edit page too.
 */
@NaastTest
class ConcurrentEditorsTests {

	private static final int TRIALS = 20;

	private static ExecutorService editors;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	FamilyFiles families;

	@Autowired
	Plans plans;

	@Autowired
	Demands demands;

	@Autowired
	JdbcTemplate jdbc;

	FamilyWithPeople family;

	@BeforeAll
	static void startEditors() {
		editors = Executors.newFixedThreadPool(20);
	}

	@AfterAll
	static void stopEditors() {
		editors.shutdownNow();
	}

	@BeforeEach
	void plantFamily() {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
	}

	@ParameterizedTest(name = "{0} editors")
	@ValueSource(ints = { 2, 5, 20 })
	void aFamilyFile(int editorCount) throws Exception {
		UUID coordinator = family.coordinator().id();
		for (int trial = 0; trial < TRIALS; trial++) {
			FamilyForm opened = accounts.actingAs(coordinator, () -> families.editForm(family.id()));
			int version = Integer.parseInt(opened.version());
			String tag = "t" + trial + "-";
			Outcome outcome = race(editorCount, "family", editor -> () -> accounts.actingAs(coordinator, () -> {
				FamilyFiles.Saved saved = families.update(family.id(),
						new FamilyForm("Gezin " + tag + editor, opened.strengths(), "Zorg " + tag + editor,
								opened.version(), opened.carers(), opened.children()));
				assertThat(saved.ok()).as(String.valueOf(saved.errors())).isTrue();
				return null;
			}));
			Map<String, Object> row = jdbc.queryForMap("SELECT name, concerns, version FROM family WHERE id = ?",
					family.id());
			assertThat(row.get("version")).isEqualTo(version + 1);
			assertThat(row.get("name")).isEqualTo("Gezin " + tag + outcome.winner());
			assertThat(row.get("concerns")).isEqualTo("Zorg " + tag + outcome.winner());
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM family_carer WHERE family_id = ?", Integer.class,
					family.id()))
				.as("the winner's carers, once")
				.isEqualTo(opened.carers().size());
		}
	}

	@ParameterizedTest(name = "{0} editors")
	@ValueSource(ints = { 2, 5, 20 })
	void aGoalInThePlan(int editorCount) throws Exception {
		UUID goalId = fixtures.goalWithStep(family).goalId();
		UUID coordinator = family.coordinator().id();
		for (int trial = 0; trial < TRIALS; trial++) {
			int version = jdbc.queryForObject("SELECT version FROM plan_goal WHERE id = ?", Integer.class, goalId);
			String tag = "t" + trial + "-";
			Outcome outcome = race(editorCount, "family.plan.goal",
					editor -> () -> accounts.actingAs(coordinator, () -> {
						var errors = plans.adjust(family.id(), goalId, new GoalForm("TOMORROW", "Doel " + tag + editor,
								"Omdat " + editor, String.valueOf(version)));
						assertThat(errors.isEmpty()).as(String.valueOf(errors)).isTrue();
						return null;
					}));
			Map<String, Object> row = jdbc.queryForMap("SELECT text, version FROM plan_goal WHERE id = ?", goalId);
			assertThat(row.get("version")).isEqualTo(version + 1);
			assertThat(row.get("text")).isEqualTo("Doel " + tag + outcome.winner());
		}
	}

	@ParameterizedTest(name = "{0} editors")
	@ValueSource(ints = { 2, 5, 20 })
	void aDemand(int editorCount) throws Exception {
		UUID demandId = fixtures.demand(family);
		UUID coordinator = family.coordinator().id();
		String carer = accounts.actingAs(coordinator,
				() -> families.overview(family.id()).family().carers().get(0).id().toString());
		for (int trial = 0; trial < TRIALS; trial++) {
			int version = jdbc.queryForObject("SELECT version FROM demand WHERE id = ?", Integer.class, demandId);
			String tag = "t" + trial + "-";
			Outcome outcome = race(editorCount, "family.demands.demand",
					editor -> () -> accounts.actingAs(coordinator, () -> {
						var recorded = demands.change(family.id(), demandId,
								new DemandForm("Wijkteam", "", carer, "Bellen " + tag + editor, "", "", "EXPECTATION",
										"", "", "", "", "", "", "", "", "", "", "", "", ""),
								"Omdat " + editor, version);
						assertThat(recorded.errors().isEmpty()).as(String.valueOf(recorded.errors())).isTrue();
						return null;
					}));
			Map<String, Object> row = jdbc.queryForMap("SELECT what, version FROM demand WHERE id = ?", demandId);
			assertThat(row.get("version")).isEqualTo(version + 1);
			assertThat(row.get("what")).isEqualTo("Bellen " + tag + outcome.winner());
		}
	}

	/**
	 * The same race through the edit page, as browsers send it: one gets the redirect of
	 * a saved form, every other one the form again with "someone else changed this
	 * family" and their own words still in it.
	 */
	@ParameterizedTest(name = "{0} browsers")
	@ValueSource(ints = { 2, 5, 20 })
	void aFamilyFileThroughTheEditPage(int editorCount) throws Exception {
		List<MockHttpSession> browsers = new ArrayList<>();
		for (int i = 0; i < editorCount; i++) {
			browsers.add(SignIn.as(mvc, family.coordinator()));
		}
		for (int trial = 0; trial < 5; trial++) {
			Map<String, String> form = new LinkedHashMap<>();
			Jsoup
				.parse(mvc.perform(get(family.path() + "/edit").session(browsers.get(0)))
					.andReturn()
					.getResponse()
					.getContentAsString())
				.select("form.family-form input[name], form.family-form textarea[name], form.family-form select[name]")
				.forEach(field -> {
					if (field.tagName().equals("select")) {
						var chosen = field.selectFirst("option[selected]");
						form.put(field.attr("name"), chosen == null ? "" : chosen.val());
					}
					else if (!field.attr("name").equals("_csrf") && !field.attr("type").equals("checkbox")
							&& !field.attr("type").equals("submit")) {
						form.put(field.attr("name"), field.tagName().equals("textarea") ? field.text() : field.val());
					}
				});
			int version = Integer.parseInt(form.get("version"));
			String tag = "h" + trial + "-";
			CountDownLatch ready = new CountDownLatch(editorCount);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < editorCount; i++) {
				Map<String, String> mine = new LinkedHashMap<>(form);
				mine.put("name", "Gezin " + tag + i);
				mine.put("strengths", "Kracht " + tag + i);
				mine.put("action", "save");
				MockHttpServletRequestBuilder post = post(family.path() + "/edit").session(browsers.get(i))
					.with(csrf());
				mine.forEach(post::param);
				results.add(editors.submit(() -> {
					ready.countDown();
					go.await();
					return mvc.perform(post).andReturn();
				}));
			}
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<Integer> saved = new ArrayList<>();
			List<String> others = new ArrayList<>();
			for (int i = 0; i < editorCount; i++) {
				MvcResult result = results.get(i).get(60, TimeUnit.SECONDS);
				if (result.getResponse().getStatus() == 302) {
					saved.add(i);
					continue;
				}
				Document page = Jsoup.parse(result.getResponse().getContentAsString());
				if (page.select(".conflict h2").isEmpty()
						|| !page.select("#strengths").text().equals("Kracht " + tag + i)) {
					others.add(i + ": " + result.getResponse().getStatus() + " " + page.select("h1, h2").text());
				}
			}
			assertThat(others).as("answers other than saved or 'someone else changed this'").isEmpty();
			assertThat(saved).hasSize(1);
			Map<String, Object> row = jdbc.queryForMap("SELECT name, strengths, version FROM family WHERE id = ?",
					family.id());
			assertThat(row).containsEntry("version", version + 1)
				.containsEntry("name", "Gezin " + tag + saved.get(0))
				.containsEntry("strengths", "Kracht " + tag + saved.get(0));
		}
	}

	/** Who won a race, and what the others got. */
	record Outcome(int winner) {
	}

	/**
	 * Lets the editors save at once; checks that one won, the others were told someone
	 * else saved first, and that exactly one audit record of a change was kept.
	 */
	private Outcome race(int editorCount, String resource, IntFunction<java.util.concurrent.Callable<Void>> editorWork)
			throws Exception {
		long changesBefore = changes(resource);
		CountDownLatch ready = new CountDownLatch(editorCount);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Void>> results = new ArrayList<>();
		for (int i = 0; i < editorCount; i++) {
			java.util.concurrent.Callable<Void> work = editorWork.apply(i);
			results.add(editors.submit(() -> {
				ready.countDown();
				go.await();
				return work.call();
			}));
		}
		ready.await(10, TimeUnit.SECONDS);
		go.countDown();
		List<Integer> winners = new ArrayList<>();
		List<String> others = new ArrayList<>();
		int conflicts = 0;
		for (int i = 0; i < editorCount; i++) {
			try {
				results.get(i).get(60, TimeUnit.SECONDS);
				winners.add(i);
			}
			catch (java.util.concurrent.ExecutionException e) {
				if (e.getCause() instanceof ConcurrentEditException) {
					conflicts++;
				}
				else {
					others.add(String.valueOf(e.getCause()));
				}
			}
		}
		assertThat(others).as("outcomes other than a win or 'someone changed this'").isEmpty();
		assertThat(winners).as("winners of one version").hasSize(1);
		assertThat(conflicts).isEqualTo(editorCount - 1);
		assertThat(changes(resource)).as("audit records of the change").isEqualTo(changesBefore + 1);
		return new Outcome(winners.get(0));
	}

	private long changes(String resource) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_record
				WHERE family_id = ? AND resource = ? AND action = 'UPDATE' AND outcome = 'ALLOWED'
				""", Long.class, family.id(), resource);
	}

}
