package nl.naast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.OrganisationKind;
import nl.naast.identity.Organisations;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Counts audit records against requests (NEN 7513; goals G14 and G15): every page of a
 * family's file that exists (found in the application's own routes, so that a new page is
 * covered the day it is added), each export, a search and each kind of change leaves
 * exactly one record per request, with who (account, name, role, organisation), which
 * family, what, how it ended, when, from where and in which request; a refusal leaves
 * exactly one DENIED record. When the audit record cannot be written, the page fails and
 * shows nothing of the family.
 */
@NaastTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCompletenessTests {

	private static final int REPEATS = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	nl.naast.meetings.CalendarFeeds feeds;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String organisation;

	AccountSummary coordinator;

	FamilyWithPeople family;

	MockHttpSession session;

	MockHttpSession stranger;

	AccountSummary strangerAccount;

	Map<String, String> ids;

	Fixtures.GoalWithStep goal;

	@BeforeAll
	void plantAFamilyWithEveryPart() throws Exception {
		organisation = Fixtures.unique("Gecertificeerde instelling");
		UUID organisationId = organisations.create(organisation, OrganisationKind.CHILD_PROTECTION_AGENCY).id();
		String name = Fixtures.unique("coordinator");
		coordinator = accounts.createWithPassword(name + "@naast.test", "Person " + name, Role.COORDINATOR,
				organisationId, Fixtures.PASSWORD);
		family = fixtures.withTwoChildrenInFosterCare(coordinator);
		goal = fixtures.goalWithStep(family);
		fixtures.demand(family);
		Fixtures.FamilyMeetings meetings = fixtures.meetings(family);
		Fixtures.StoryEntry story = fixtures.storyEntry(family);
		Fixtures.FamilyAnalysis analysis = fixtures.analysis(family);
		Fixtures.LegalFile legal = fixtures.legal(family);
		ids = Map.of("{id}", family.id().toString(), "{meetingId}", meetings.withFinalSummary().toString(),
				"{attachmentId}", story.attachmentId().toString(), "{versionId}", analysis.versionId().toString(),
				"{measureId}", legal.measureId().toString(), "{eventId}", legal.eventId().toString());
		session = SignIn.as(mvc, coordinator);
		strangerAccount = fixtures.account(Role.COORDINATOR);
		stranger = SignIn.as(mvc, strangerAccount);
	}

	/**
	 * Family routes that are not a look at the file by its coordinator: each is audited
	 * and tested where it is built.
	 */
	private static final Set<String> NOT_THE_COORDINATORS = Set.of(
			// a manager's request to open the file in an emergency (EmergencyAccessTests)
			"/families/{id}/emergency");

	/** Every GET route of a family's file, with this family's ids filled in. */
	private List<String> familyPages() {
		Set<String> pages = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition()
				.getMethods()
				.contains(org.springframework.web.bind.annotation.RequestMethod.GET);
			for (String pattern : info.getPatternValues()) {
				if (get && pattern.startsWith("/families/{id}") && !NOT_THE_COORDINATORS.contains(pattern)) {
					String path = pattern;
					for (var id : ids.entrySet()) {
						path = path.replace(id.getKey(), id.getValue());
					}
					// a page whose ids this test does not plant yet is left to its own
					// tests
					if (!path.contains("{")) {
						pages.add(path);
					}
				}
			}
		}
		assertThat(pages).as("family pages found").hasSizeGreaterThanOrEqualTo(20);
		return List.copyOf(pages);
	}

	/**
	 * A page that shows several parts of the file (a meeting with its private note and
	 * the plan's goals, say) records each part it shows; N requests leave exactly N
	 * records of each part, never two of one part in one request.
	 */
	@Test
	void everyFamilyPageAndExportLeavesExactlyOneCompleteRecordPerPartPerRequest() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String page : familyPages()) {
			Map<String, Integer> counts = new java.util.TreeMap<>();
			for (int i = 0; i < REPEATS; i++) {
				Request request = perform(get(page).session(session));
				int status = request.result.getResponse().getStatus();
				if (status != 200) {
					problems.add(page + ": " + status);
					continue;
				}
				List<Map<String, Object>> records = forFamily(request);
				if (records.isEmpty()) {
					problems.add(page + ": no record");
				}
				for (Map<String, Object> record : records) {
					problems.addAll(complete(page, request, record, coordinator, organisation, "ALLOWED"));
					counts.merge(record.get("resource") + " " + record.get("action"), 1, Integer::sum);
				}
			}
			counts.forEach((part, count) -> {
				if (count != REPEATS) {
					problems.add(page + ": " + part + " recorded " + count + " times in " + REPEATS + " requests");
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRefusedFamilyPageAndChangeLeavesExactlyOneDeniedRecord() throws Exception {
		AccountSummary other = strangerAccount;
		List<String> problems = new ArrayList<>();
		for (String page : familyPages()) {
			Request request = perform(get(page).session(stranger));
			int status = request.result.getResponse().getStatus();
			if (status != 404) {
				problems.add(page + ": " + status + " for a stranger");
			}
			assertThat(request.result.getResponse().getContentAsString()).doesNotContain(family.marker());
			problems.addAll(oneCompleteRecord(page, request, other, null, "DENIED"));
		}
		// a refused change too, and it changes nothing
		String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		for (int i = 0; i < REPEATS; i++) {
			Request request = perform(post(family.path() + "/edit").session(stranger)
				.with(csrf())
				.param("name", "Gezin Overgenomen")
				.param("version", "0")
				.param("action", "save"));
			if (request.result.getResponse().getStatus() != 404) {
				problems.add("edit: " + request.result.getResponse().getStatus() + " for a stranger");
			}
			problems.addAll(oneCompleteRecord("edit", request, other, null, "DENIED"));
		}
		assertThat(jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id()))
			.isEqualTo(name);
		assertThat(problems).isEmpty();
	}

	@Test
	void eachSearchRecordsTheFamilyItFoundOnce() throws Exception {
		String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Request request = perform(get("/families").param("q", name).session(session));
			assertThat(request.result.getResponse().getContentAsString()).contains(name);
			problems.addAll(oneCompleteRecord("search", request, coordinator, organisation, "ALLOWED"));
			assertThat(forFamily(request)).extracting(r -> r.get("action")).containsExactly("LIST");
		}
		// a search that finds nothing of this family records nothing of it
		Request elsewhere = perform(get("/families").param("q", name).session(stranger));
		assertThat(forFamily(elsewhere)).isEmpty();
		assertThat(problems).isEmpty();
	}

	@Test
	void exportsOutsideTheFileAreRecordedOnceEach() throws Exception {
		// the calendar feed: read as its owner, behind a secret, without a session
		String feed = accounts.actingAs(coordinator.id(), feeds::renew);
		for (int i = 0; i < REPEATS; i++) {
			Request request = perform(get("/calendar/" + feed));
			assertThat(request.result.getResponse().getStatus()).isEqualTo(200);
			assertThat(oneCompleteRecord("calendar feed", request, coordinator, organisation, "ALLOWED")).isEmpty();
		}
		// the manager's export of themes holds no family: one record of the export each
		AccountSummary manager = fixtures.account(Role.MANAGER);
		MockHttpSession managerSession = SignIn.as(mvc, manager);
		for (String export : List.of("/signals/themes/export.csv", "/signals/themes/export.json")) {
			for (int i = 0; i < REPEATS; i++) {
				Request request = perform(get(export).session(managerSession));
				assertThat(request.result.getResponse().getStatus()).isEqualTo(200);
				assertThat(request.records).as(export).hasSize(1);
				Map<String, Object> record = request.records.get(0);
				assertThat(record.get("resource")).isEqualTo("signals.export");
				assertThat(record.get("actor_account_id")).isEqualTo(manager.id());
				assertThat(missingFields(record, false)).as(export).isEmpty();
			}
		}
	}

	@Test
	void eachKindOfChangeLeavesExactlyOneRecordOfIt() throws Exception {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < REPEATS; i++) {
			Map<String, String> form = formOn(family.path() + "/edit", "/edit");
			form.put("name", "Gezin Gewijzigd " + i);
			problems.addAll(change("family edit", "UPDATE", post(family.path() + "/edit"), form));

			problems.addAll(change("new goal", "CREATE", post(family.path() + "/plan/goals"),
					Map.of("horizon", "HALF_YEAR", "text", "Een eigen plek " + i)));

			int version = jdbc.queryForObject("SELECT version FROM plan_goal WHERE id = ?", Integer.class,
					goal.goalId());
			problems.addAll(
					change("goal status", "UPDATE", post(family.path() + "/plan/goals/" + goal.goalId() + "/status"),
							Map.of("status", i % 2 == 0 ? "IN_PROGRESS" : "OPEN", "version", String.valueOf(version))));

			version = jdbc.queryForObject("SELECT version FROM plan_goal WHERE id = ?", Integer.class, goal.goalId());
			problems.addAll(
					change("goal adjusted", "UPDATE", post(family.path() + "/plan/goals/" + goal.goalId() + "/adjust"),
							Map.of("horizon", "TOMORROW", "text", "Rust in huis " + i, "reason", "Beter gezegd",
									"version", String.valueOf(version))));
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * G15: when no audit record can be written, no family data leaves the server. A check
	 * constraint that every new record breaks stands in for a full disk or a lost
	 * connection to the audit table.
	 */
	@Test
	void withoutAnAuditRecordNoPageShowsAnythingOfTheFamilyAndNoChangeIsKept() throws Exception {
		List<String> pages = familyPages();
		String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		int version = jdbc.queryForObject("SELECT version FROM family WHERE id = ?", Integer.class, family.id());
		Map<String, String> form = formOn(family.path() + "/edit", "/edit");
		form.put("name", "Gezin Zonder Spoor");
		long last = jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record", Long.class);
		jdbc.execute("ALTER TABLE audit_record ADD CONSTRAINT audit_fault_injection CHECK (sequence <= " + last + ")");
		List<String> leaks = new ArrayList<>();
		try {
			for (String page : pages) {
				MvcResult result = mvc.perform(get(page).session(session)).andReturn();
				int status = result.getResponse().getStatus();
				byte[] body = result.getResponse().getContentAsByteArray();
				String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
				if (status < 500 || text.contains(family.marker()) || text.contains(name)) {
					leaks.add(page + ": " + status + ", " + body.length + " bytes"
							+ (text.contains(family.marker()) ? " with the family's data" : ""));
				}
			}
			MockHttpServletRequestBuilder edit = post(family.path() + "/edit").session(session).with(csrf());
			form.forEach(edit::param);
			int status = mvc.perform(edit).andReturn().getResponse().getStatus();
			assertThat(status).as("a change without its audit record").isGreaterThanOrEqualTo(500);
		}
		finally {
			jdbc.execute("ALTER TABLE audit_record DROP CONSTRAINT audit_fault_injection");
		}
		assertThat(leaks).as("pages that answered without an audit record").isEmpty();
		assertThat(jdbc.queryForMap("SELECT name, version FROM family WHERE id = ?", family.id()))
			.containsEntry("name", name)
			.containsEntry("version", version);
		assertThat(jdbc.queryForObject("SELECT MAX(sequence) FROM audit_record", Long.class)).isEqualTo(last);
		// and once the audit table takes records again, the page works
		assertThat(mvc.perform(get(family.path()).session(session)).andReturn().getResponse().getContentAsString())
			.contains(family.marker());
	}

	private List<String> change(String what, String action, MockHttpServletRequestBuilder request,
			Map<String, String> form) throws Exception {
		request.session(session).with(csrf());
		form.forEach(request::param);
		Request done = perform(request);
		int status = done.result.getResponse().getStatus();
		if (status != 302) {
			return List.of(what + ": " + status + " " + done.result.getResponse().getContentAsString().length());
		}
		List<String> problems = new ArrayList<>(oneCompleteRecord(what, done, coordinator, organisation, "ALLOWED"));
		if (problems.isEmpty() && !action.equals(forFamily(done).get(0).get("action"))) {
			problems.add(what + ": recorded as " + forFamily(done).get(0).get("action") + ", not " + action);
		}
		return problems;
	}

	/** The fields of a form as the page shows them, to send back. */
	private Map<String, String> formOn(String page, String actionEnd) throws Exception {
		String html = mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString();
		Element form = Jsoup.parse(html).select("form[action$=" + actionEnd + "]").first();
		assertThat(form).as("form on " + page).isNotNull();
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				fields.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
			}
			else if (!input.attr("type").equals("submit") && !input.attr("type").equals("checkbox")
					&& !input.attr("name").equals("_csrf")) {
				fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.attr("value"));
			}
		}
		fields.put("action", "save");
		return fields;
	}

	private record Request(MvcResult result, List<Map<String, Object>> records) {
	}

	/** Performs one request and returns the audit records written while it ran. */
	private Request perform(MockHttpServletRequestBuilder request) throws Exception {
		long before = jdbc.queryForObject("SELECT COALESCE(MAX(sequence), 0) FROM audit_record", Long.class);
		MvcResult result = mvc.perform(request).andReturn();
		return new Request(result,
				jdbc.queryForList("SELECT * FROM audit_record WHERE sequence > ? ORDER BY sequence", before));
	}

	private List<Map<String, Object>> forFamily(Request request) {
		return request.records.stream().filter(r -> family.id().equals(r.get("family_id"))).toList();
	}

	/**
	 * Exactly one record of this family in the request, by this person, with every field
	 * NEN 7513 asks for.
	 */
	private List<String> oneCompleteRecord(String what, Request request, AccountSummary actor, String organisation,
			String outcome) {
		List<Map<String, Object>> records = forFamily(request);
		if (records.size() != 1) {
			return List.of(what + ": " + records.size() + " records of the family "
					+ records.stream()
						.map(r -> r.get("resource") + " " + r.get("action") + " " + r.get("outcome"))
						.toList());
		}
		return complete(what, request, records.get(0), actor, organisation, outcome);
	}

	/** Every field NEN 7513 asks for, by this person, in this one request. */
	private List<String> complete(String what, Request request, Map<String, Object> record, AccountSummary actor,
			String organisation, String outcome) {
		List<String> problems = new ArrayList<>();
		missingFields(record, organisation != null).forEach(field -> problems.add(what + ": no " + field));
		if (!actor.id().equals(record.get("actor_account_id")) || !actor.displayName().equals(record.get("actor_name"))
				|| !actor.role().name().equals(record.get("actor_role"))
				|| organisation != null && !organisation.equals(record.get("actor_organisation"))) {
			problems.add(what + ": recorded as " + record.get("actor_name") + " " + record.get("actor_role") + " "
					+ record.get("actor_organisation"));
		}
		if (!outcome.equals(record.get("outcome"))) {
			problems.add(what + ": " + record.get("outcome") + " instead of " + outcome);
		}
		if (request.records.stream().map(r -> r.get("request_id")).distinct().count() != 1) {
			problems.add(what + ": records of more than one request");
		}
		return problems;
	}

	private static List<String> missingFields(Map<String, Object> record, boolean withOrganisation) {
		List<String> fields = new ArrayList<>(List.of("occurred_at", "actor_account_id", "actor_name", "actor_role",
				"resource", "action", "outcome", "client_address", "request_id"));
		if (withOrganisation) {
			fields.add("actor_organisation");
		}
		if (!"signals.export".equals(record.get("resource"))) {
			fields.add("family_id");
		}
		return fields.stream()
			.filter(field -> record.get(field) == null || record.get(field).toString().isBlank()
					|| record.get(field).toString().equals("none"))
			.toList();
	}

}
