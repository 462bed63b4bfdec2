package nl.naast.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.naast.audit.AuditChain;
import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;

/**
 * Generates a few families into the test database once (with its own e-mail domain and a
 * fresh seed, so it shares the database with other tests without colliding) and checks
 * them the way the load test will use them.
 */
@NaastTest
class GeneratorTests {

	private static final int FAMILIES = 20;

	private static final int PER_COORDINATOR = 10;

	private static Generator.Result result;

	@Autowired
	Generator generator;

	@Autowired
	AuditChain chain;

	@Autowired
	MockMvc mvc;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@BeforeEach
	void generateOnce() {
		if (result == null) {
			String domain = Fixtures.unique("gen").toLowerCase() + ".bench.naast.test";
			long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2_000_000);
			result = generator.generate(new Generator.Settings(FAMILIES, seed, PER_COORDINATOR, domain), status -> {
			});
		}
	}

	@Test
	void writesTheRowsItReportsWithTheVolumesPerFamily() {
		Map<String, Long> rows = result.rows();
		for (Map.Entry<String, Long> table : rows.entrySet()) {
			assertThat(countInDatabase(table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
		}
		int others = FAMILIES - 2;
		assertThat(rows.get("family")).isEqualTo(FAMILIES);
		assertThat(rows.get("account")).isEqualTo(FAMILIES / PER_COORDINATOR + Generator.TEAM_MEMBERS + FAMILIES);
		assertThat(rows.get("family_relationship")).isEqualTo(FAMILIES * (2L + Generator.TEAM_MEMBERS));
		assertThat(rows.get("team_membership")).isEqualTo(FAMILIES * (long) Generator.TEAM_MEMBERS);
		assertThat(rows.get("family_consent")).isEqualTo(rows.get("family_consent_change"));
		assertThat(rows.get("family_carer")).isBetween((long) FAMILIES, 2L * FAMILIES);
		assertThat(rows.get("family_child")).isBetween((long) FAMILIES, 3L * FAMILIES);
		assertThat(rows.get("story_entry")).isBetween(Generator.LARGE_STORY + Generator.SMALL_STORY + 30L * others,
				Generator.LARGE_STORY + Generator.SMALL_STORY + 70L * others);
		assertThat(rows.get("demand")).isBetween(10L * FAMILIES, 20L * FAMILIES);
		assertThat(rows.get("meeting")).isBetween(5L * FAMILIES, 15L * FAMILIES);
		assertThat(rows.get("plan_goal")).isBetween(7L * FAMILIES, 13L * FAMILIES);
		assertThat(rows.get("plan_step")).isBetween(rows.get("plan_goal"), 5 * rows.get("plan_goal"));
		assertThat(rows.get("audit_record")).isBetween(30L * FAMILIES, 50L * FAMILIES);
		assertThat(rows.get("legal_measure")).isPositive();
		assertThat(storyEntries(result.largeStory().familyId())).isEqualTo(Generator.LARGE_STORY);
		assertThat(storyEntries(result.smallStory().familyId())).isEqualTo(Generator.SMALL_STORY);
		// the tally the story page counts from agrees with the entries, per domain and
		// kind
		assertThat(jdbc.queryForList("""
				SELECT e.family_id FROM story_entry e WHERE e.family_id IN (:families)
				GROUP BY e.family_id, e.domain, e.valence
				HAVING COUNT(*) <> COALESCE((SELECT MAX(t.entries) FROM story_tally t WHERE t.family_id = e.family_id
				  AND t.domain = e.domain AND t.valence = e.valence), 0)
				""", Map.of("families", result.familyIds()), UUID.class)).isEmpty();
	}

	@Test
	void theAuditChainStillHolds() {
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aGeneratedCoordinatorOpensTheirFamilysPages() throws Exception {
		Generator.Sample sample = result.samples().get(0);
		MockHttpSession session = signIn(sample.coordinatorEmail());
		String path = "/families/" + sample.familyId();
		for (String page : List.of(path, path + "/story", path + "/story?page=1", path + "/plan", path + "/demands")) {
			MockHttpServletResponse response = mvc.perform(get(page).session(session)).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			assertThat(response.getContentAsString()).as(page).contains(sample.familyName());
		}
		String search = GenerateCommand.searchFragment(sample.familyName());
		MockHttpServletResponse list = mvc.perform(get("/families").param("q", search).session(session))
			.andReturn()
			.getResponse();
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString()).contains(sample.familyName());
	}

	@Test
	void aCoordinatorCannotOpenAnotherCoordinatorsFamily() throws Exception {
		Generator.Sample mine = result.samples().get(0);
		Generator.Sample theirs = result.samples().get(1);
		assertThat(theirs.coordinatorEmail()).isNotEqualTo(mine.coordinatorEmail());
		MockHttpSession session = signIn(mine.coordinatorEmail());
		int status = mvc.perform(get("/families/" + theirs.familyId()).session(session))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(403, 404);
	}

	@Test
	void aGeneratedParentComesHomeToTheirFamily() throws Exception {
		Generator.Sample sample = result.samples().get(0);
		MockHttpSession session = signIn(sample.parentEmail());
		String path = "/families/" + sample.familyId();
		assertThat(mvc.perform(get("/families").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(path);
		MockHttpServletResponse home = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(home.getStatus()).isEqualTo(200);
		assertThat(home.getContentAsString()).contains(sample.familyName());
	}

	@Test
	void theSameSeedGivesTheSameIds() {
		long seed = result.settings().seed();
		assertThat(Generator.familyId(seed, 1)).isEqualTo(result.familyIds().get(0))
			.isEqualTo(Generator.familyId(seed, 1));
		assertThat(Generator.familyId(seed, 20)).isEqualTo(result.familyIds().get(19));
		assertThat(Generator.familyId(seed + 1, 1)).isNotEqualTo(Generator.familyId(seed, 1));
		UUID id = Generator.familyId(2026, 1);
		assertThat(id.version()).isEqualTo(UUID.randomUUID().version());
		assertThat(id.variant()).isEqualTo(UUID.randomUUID().variant());
	}

	@Test
	void writesAManifestForTheLoadTest(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("target/manifest.tsv");
		GenerateCommand.writeManifest(result, file);
		List<String> lines = Files.readAllLines(file);
		assertThat(lines).contains("password\t" + Generator.PASSWORD, "families\t" + FAMILIES,
				"story-large\t" + result.largeStory().familyId() + "\t" + result.largeStory().coordinatorEmail(),
				"page\toverview\t/families/{id}");
		assertThat(lines.stream().filter(l -> l.startsWith("coordinator\t"))).hasSize(FAMILIES / PER_COORDINATOR);
		assertThat(lines.stream().filter(l -> l.startsWith("parent\t"))).hasSize(FAMILIES / PER_COORDINATOR);
		assertThat(lines.stream().filter(l -> l.startsWith("search\t"))).hasSize(FAMILIES / PER_COORDINATOR);
	}

	private MockHttpSession signIn(String email) throws Exception {
		MvcResult signIn = mvc.perform(formLogin("/login").user(email).password(Generator.PASSWORD)).andReturn();
		assertThat(signIn.getResponse().getRedirectedUrl()).as("sign-in of " + email).doesNotContain("error");
		return (MockHttpSession) signIn.getRequest().getSession(false);
	}

	private long countInDatabase(String table) {
		String domain = "%@" + result.settings().emailDomain();
		Map<String, Object> params = Map.of("families", result.familyIds(), "domain", domain, "organisations",
				"%(" + result.settings().emailDomain() + ")");
		String sql = switch (table) {
			case "account" -> "SELECT COUNT(*) FROM account WHERE email LIKE :domain";
			case "organisation" -> "SELECT COUNT(*) FROM organisation WHERE name LIKE :organisations";
			case "family" -> "SELECT COUNT(*) FROM family WHERE id IN (:families)";
			default -> "SELECT COUNT(*) FROM " + table + " WHERE family_id IN (:families)";
		};
		return jdbc.queryForObject(sql, params, Long.class);
	}

	private long storyEntries(UUID familyId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM story_entry WHERE family_id = :id", Map.of("id", familyId),
				Long.class);
	}

}
