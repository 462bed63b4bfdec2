package nl.naast.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * The family's right of access and rectification: the export holds every row of the
 * family from every module and nothing of another family, in seconds for a large family,
 * as JSON and as a PDF; only the family's own people and its coordinator get it; requests
 * for correction are answered with a status the family sees.
 */
@NaastTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDataTests {

	/** Every table of family data the export reads, with the section it lands in. */
	static final Map<String, String> TABLES = Map.ofEntries(Map.entry("family_carer", "family.carers"),
			Map.entry("family_child", "family.children"), Map.entry("family_relationship", "access.relationships"),
			Map.entry("family_consent_change", "access.consent-changes"),
			Map.entry("team_membership", "team.memberships"), Map.entry("plan_goal", "plan.goals"),
			Map.entry("plan_step", "plan.steps"), Map.entry("plan_change", "plan.changes"),
			Map.entry("demand", "demands.demands"), Map.entry("meeting", "meetings.meetings"),
			Map.entry("meeting_attendee", "meetings.attendees"), Map.entry("meeting_agreement", "meetings.agreements"),
			Map.entry("story_entry", "story.entries"), Map.entry("story_response", "story.responses"),
			Map.entry("story_attachment", "story.attachments"), Map.entry("analysis_factor", "analysis.factors"),
			Map.entry("analysis_link", "analysis.links"), Map.entry("analysis_question", "analysis.questions"),
			Map.entry("analysis_possibility", "analysis.possibilities"),
			Map.entry("analysis_version", "analysis.versions"), Map.entry("help_rating", "journey.ratings"),
			Map.entry("help_notice", "journey.notices"), Map.entry("legal_measure", "legal.measures"),
			Map.entry("legal_document", "legal.documents"), Map.entry("legal_event", "legal.events"),
			Map.entry("contact_moment", "contact.moments"),
			Map.entry("privacy_rectification", "privacy.rectifications"),
			Map.entry("meeting_feedback", "meetings.feedback"), Map.entry("team_youth_view", "team.youth-views"));

	/**
	 * What a parent sees of a table, beyond it being the family's: in Naast a parent sees
	 * only the ratings and meeting feedback they gave themselves.
	 */
	static final Map<String, String> PARENT_OWN_ROWS = Map.of("help_rating", "parent_id", "meeting_feedback", "by_id");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	MyData myData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	FamilyWithPeople familyA;

	FamilyWithPeople familyB;

	/**
	 * Family A's second parent, whose ratings and feedback the first parent never sees.
	 */
	nl.naast.identity.AccountSummary secondParent;

	/** Markers only their own author may find in an export. */
	final String firstParentsRating = Fixtures.unique("RATING-ONE");

	final String secondParentsRating = Fixtures.unique("RATING-TWO");

	final String firstParentsFeedback = Fixtures.unique("FEEDBACK-ONE");

	final String secondParentsFeedback = Fixtures.unique("FEEDBACK-TWO");

	final String ownYouthView = Fixtures.unique("VIEW-OWN");

	final String siblingsYouthView = Fixtures.unique("VIEW-SIBLING");

	/** Ids planted in each family: canaries that may only show up in their own export. */
	final List<String> idsOfA = new ArrayList<>();

	final List<String> idsOfB = new ArrayList<>();

	@BeforeAll
	void plantTwoFamilies() {
		familyA = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		familyB = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		plant(familyA, idsOfA);
		plant(familyB, idsOfB);
		plantPeopleApart(familyA);
	}

	/**
	 * A second parent, each parent's own rating and meeting feedback, and a view of the
	 * young person and of a sibling: rows that only some of the family may see.
	 */
	private void plantPeopleApart(FamilyWithPeople family) {
		secondParent = fixtures.account(Role.PARENT);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.update(
				"INSERT INTO family_relationship (id, family_id, account_id, kind, member_id, created_at, created_by) "
						+ "VALUES (?, ?, ?, 'PARENT', NULL, ?, ?)",
				UUID.randomUUID(), family.id(), secondParent.id(), now, family.coordinator().id());
		UUID professional = family.coordinator().id();
		UUID meeting = fixtures.meetings(family).withFinalSummary();
		for (var rater : List.of(Map.entry(family.parent().id(), firstParentsRating),
				Map.entry(secondParent.id(), secondParentsRating))) {
			jdbc.update(
					"INSERT INTO help_rating (id, family_id, for_month, parent_id, parent_name, professional_id, "
							+ "organisation, heard, important, fits, helps, comment, created_at, updated_at, version) "
							+ "VALUES (?, ?, ?, ?, 'Ouder', ?, NULL, 4, 4, 4, 4, ?, ?, ?, 0)",
					UUID.randomUUID(), family.id(), java.sql.Date.valueOf("2020-01-01"), rater.getKey(), professional,
					rater.getValue(), now, now);
		}
		for (var giver : List.of(Map.entry(family.parent().id(), firstParentsFeedback),
				Map.entry(secondParent.id(), secondParentsFeedback))) {
			UUID feedback = UUID.randomUUID();
			jdbc.update(
					"INSERT INTO meeting_feedback (id, meeting_id, family_id, by_id, by_name, heard, mattered, "
							+ "next_known, useful, comment, at) VALUES (?, ?, ?, ?, 'Ouder', 4, 4, 4, 4, ?, ?)",
					feedback, meeting, family.id(), giver.getKey(), giver.getValue(), now);
			jdbc.update("INSERT INTO meeting_feedback_professional (feedback_id, professional_id, family_id) "
					+ "VALUES (?, ?, ?)", feedback, professional, family.id());
		}
		UUID sibling = fixtures.account(Role.YOUTH).id();
		for (var viewer : List.of(Map.entry(family.youth().id(), ownYouthView),
				Map.entry(sibling, siblingsYouthView))) {
			jdbc.update(
					"INSERT INTO team_youth_view (family_id, youth_account_id, member_account_id, opinion, comment, "
							+ "updated_at) VALUES (?, ?, ?, 'AGREE', ?, ?)",
					family.id(), viewer.getKey(), professional, viewer.getValue(), now);
		}
	}

	private void plant(FamilyWithPeople family, List<String> ids) {
		ids.add(family.id().toString());
		ids.add(fixtures.goalWithStep(family).goalId().toString());
		ids.add(fixtures.demand(family).toString());
		ids.add(fixtures.meetings(family).agreement().toString());
		Fixtures.StoryEntry entry = fixtures.storyEntry(family);
		ids.add(entry.entryId().toString());
		ids.add(entry.attachmentId().toString());
		ids.add(fixtures.analysis(family).factorId().toString());
		ids.add(fixtures.lowRating(family).toString());
		Fixtures.LegalFile legal = fixtures.legal(family);
		ids.add(legal.measureId().toString());
		ids.add(legal.eventId().toString());
		ids.add(legal.momentId().toString());
		ids.add(notifyParent(family).toString());
		ids.add(fixtures.rectification(family).toString());
	}

	/** As another module would notify the parent about the family's story. */
	private UUID notifyParent(FamilyWithPeople family) {
		String key = Fixtures.unique("export");
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new nl.naast.notifications.NotificationDue(family.parent().id(),
						nl.naast.notifications.NotificationKind.DEADLINE, "team.title.professional",
						List.of(family.marker()), family.path() + "/story", key)));
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", Integer.class,
					key) == 1);
		return jdbc.queryForObject("SELECT id FROM notification WHERE dedupe_key = ?", UUID.class, key);
	}

	@Test
	void theParentsExportHoldsEveryRowOfTheFamilyAndNothingOfAnother() throws Exception {
		MockHttpServletResponse response = download(familyA.parent(), "export.json");
		String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode export = JSON.readTree(body);
		assertThat(export.get("format").asString()).isEqualTo("naast-family-export/1");
		assertThat(export.get("familyId").asString()).isEqualTo(familyA.id().toString());
		JsonNode sections = export.get("sections");
		// every module's canary is there, and none of family B's
		assertThat(body).contains(idsOfA).contains(familyA.marker());
		assertThat(idsOfB).noneMatch(body::contains);
		assertThat(body).doesNotContain(familyB.marker()).doesNotContain(familyB.coordinator().email());
		assertThat(sections.get("family").get(0).get("strengths").asString()).contains(familyA.marker());
		assertThat(sections.get("story.entries").toString()).contains(familyA.marker());
		assertThat(sections.get("meetings.meetings").toString()).contains(familyA.marker());
		assertThat(sections.get("plan.goals").toString()).contains(familyA.marker());
		assertThat(sections.get("notifications").toString()).contains(familyA.marker());
		// reconciliation with the database: 100% of the family's rows, table by table
		for (var table : TABLES.entrySet()) {
			assertThat(sections.get(table.getValue()).size()).as(table.getValue())
				.isEqualTo(rowsAParentSees(table.getKey(), familyA.id(), familyA.parent().id()));
		}
		// the other parent's rating and feedback are in the family, but not this parent's
		assertThat(sections.get("journey.ratings").size()).isLessThan(jdbc
			.queryForObject("SELECT COUNT(*) FROM help_rating WHERE family_id = ?", Integer.class, familyA.id()));
		// no key material, no file content
		assertThat(body).doesNotContain("token_hash").doesNotContain("\"content\"");
		// the access overview is in it, the export itself included
		JsonNode overview = sections.get("audit.access-overview");
		assertThat(overview.toString()).contains("privacy.export").contains("EXPORT");
		assertThat(overview.toString()).doesNotContain("client_address");
		// and the export is recorded as an export, by the parent
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND action = 'EXPORT' AND actor_account_id = ?",
				Integer.class, familyA.id(), familyA.parent().id()))
			.isPositive();
	}

	@Test
	void downloadsAreAttachmentsThatNoBrowserSniffs() throws Exception {
		for (String file : List.of("export.json", "export.pdf")) {
			MockHttpServletResponse response = download(familyA.parent(), file);
			assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("mijn-gegevens");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("Cache-Control")).contains("no-store");
		}
	}

	@Test
	void thePdfOpensAndNamesTheFamily() throws Exception {
		byte[] pdf = download(familyA.parent(), "export.pdf").getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, familyA.id());
			assertThat(text).contains(name).contains("Mijn gegevens").contains(familyA.marker());
			assertThat(text).contains("Ons verhaal").contains("Wie keek in ons dossier");
			assertThat(text).doesNotContain(familyB.marker());
		}
	}

	@Test
	void theCoordinatorDownloadsOnTheFamilysBehalf() throws Exception {
		String body = download(familyA.coordinator(), "export.json").getContentAsString();
		assertThat(body).contains(idsOfA);
	}

	@Test
	void aYoungPersonGetsTheirOwnPartOnly() throws Exception {
		JsonNode sections = JSON.readTree(download(familyA.youth(), "export.json").getContentAsString())
			.get("sections");
		assertThat(sections.get("family.children")).hasSize(1);
		assertThat(sections.get("family.children").toString()).contains("Jongere " + familyA.marker())
			.doesNotContain("Broertje");
		assertThat(sections.get("family").toString()).doesNotContain("Kracht");
		assertThat(sections.has("story.entries")).isFalse();
		assertThat(sections.has("legal.measures")).isFalse();
		assertThat(sections.has("plan.goals")).isFalse();
		assertThat(sections.has("audit.access-overview")).isFalse();
		// "steam off" notes are between the parents and the coordinator
		assertThat(sections.has("meetings.private-notes")).isFalse();
	}

	@Test
	void nobodyElseGetsAnything() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(familyA);
		fixtures.consent(familyA, member,
				nl.naast.access.FilePart.consentableParts().toArray(nl.naast.access.FilePart[]::new));
		for (var person : List.of(familyB.parent(), familyB.coordinator(), member.account(),
				fixtures.account(Role.MANAGER), fixtures.account(Role.ADMIN))) {
			MockHttpSession session = SignIn.as(mvc, person);
			for (String path : List.of("", "/export.json", "/export.pdf")) {
				MockHttpServletResponse response = mvc.perform(get(familyA.path() + "/my-data" + path).session(session))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(person.email() + " " + path).isEqualTo(404);
				assertThat(response.getContentAsString()).doesNotContain(familyA.marker())
					.doesNotContain(idsOfA.get(1));
			}
		}
	}

	@Test
	void aFamilyWithAThousandStoryEntriesIsExportedWithinTenSeconds() throws Exception {
		FamilyWithPeople large = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Object[]> entries = new ArrayList<>();
		List<Object[]> responses = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			UUID entry = UUID.randomUUID();
			entries.add(new Object[] { entry, large.id(), String.valueOf(1990 + i % 30),
					java.sql.Date.valueOf((1990 + i % 30) + "-01-01"),
					"Gebeurtenis " + i + " in het leven van het gezin, "
							+ "met genoeg woorden om op een echte regel te lijken " + large.marker(),
					large.coordinator().id(), now.plusSeconds(i) });
			responses.add(new Object[] { UUID.randomUUID(), entry, large.id(), "Zo zien wij het " + i,
					large.parent().id(), now.plusSeconds(i) });
		}
		jdbc.batchUpdate(
				"""
						INSERT INTO story_entry (id, family_id, when_typed, when_from, when_to, precision, what, domain, valence,
						  source, author_id, author_name, author_kind, created_at)
						VALUES (?, ?, ?, ?, NULL, 'YEAR', ?, 'INSTITUTIONS', 'STRESSOR', 'DOCUMENT', ?, 'Coordinator',
						  'COORDINATOR', ?)
						""",
				entries);
		jdbc.batchUpdate("""
				INSERT INTO story_response (id, entry_id, family_id, kind, words, by_id, by_name, at)
				VALUES (?, ?, ?, 'OWN_VIEW', ?, ?, 'Ouder', ?)
				""", responses);
		download(large.parent(), "export.json"); // warm up the templates and fonts
		for (String file : List.of("export.json", "export.pdf")) {
			Instant start = Instant.now();
			MockHttpServletResponse response = download(large.parent(), file);
			Duration took = Duration.between(start, Instant.now());
			assertThat(took).as(file + " took " + took).isLessThan(Duration.ofSeconds(10));
			if (file.endsWith(".json")) {
				JsonNode sections = JSON.readTree(response.getContentAsString()).get("sections");
				assertThat(sections.get("story.entries")).hasSize(1000);
				assertThat(sections.get("story.responses")).hasSize(1000);
			}
			else {
				try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
					assertThat(new PDFTextStripper().getText(document)).contains("Gebeurtenis 999");
				}
			}
		}
	}

	@Test
	void aRequestForCorrectionIsAnsweredAndTheFamilySeesItsStatus() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		MockHttpSession parent = SignIn.as(mvc, family.parent());
		String page = family.path() + "/my-data";
		// without words the form comes back, with what was typed
		String again = mvc
			.perform(post(page + "/requests").session(parent).with(csrf()).param("about", "Het verslag van maart"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("Vul dit in.").contains("Het verslag van maart");
		mvc.perform(post(page + "/requests").session(parent)
			.with(csrf())
			.param("about", "Het verslag van maart")
			.param("whatIsWrong", "Er staat dat ik niet kwam.")
			.param("shouldBe", "Ik was er wel, de school was er niet."));
		UUID request = jdbc.queryForObject("SELECT id FROM privacy_rectification WHERE family_id = ?", UUID.class,
				family.id());
		assertThat(mvc.perform(get(page).session(parent)).andReturn().getResponse().getContentAsString())
			.contains("Ontvangen")
			.contains("Er staat dat ik niet kwam.");

		MockHttpSession coordinator = SignIn.as(mvc, family.coordinator());
		String coordinatorPage = mvc.perform(get(page).session(coordinator))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coordinatorPage).contains("Er staat dat ik niet kwam.").contains("Zet wat u met deze vraag doet");
		// a rejection needs a reason the family reads
		assertThat(mvc
			.perform(post(page + "/requests/" + request).session(coordinator)
				.with(csrf())
				.param("status", "REJECTED")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Vul dit in.");
		mvc.perform(post(page + "/requests/" + request).session(coordinator)
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("answer", "Ik vraag het de school.")
			.param("version", "0"));
		// someone who opened the request before that change does not overwrite it
		String conflict = mvc
			.perform(post(page + "/requests/" + request).session(coordinator)
				.with(csrf())
				.param("status", "REJECTED")
				.param("answer", "Het verslag klopt.")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Iemand anders heeft dit verzoek net veranderd").contains("Het verslag klopt.");
		assertThat(jdbc.queryForObject("SELECT status FROM privacy_rectification WHERE id = ?", String.class, request))
			.isEqualTo("IN_PROGRESS");
		mvc.perform(post(page + "/requests/" + request).session(coordinator)
			.with(csrf())
			.param("status", "CORRECTED")
			.param("answer", "Het verslag is aangepast: u was er wel.")
			.param("version", "1"));

		String seen = mvc.perform(get(page).session(parent)).andReturn().getResponse().getContentAsString();
		assertThat(seen).contains("Aangepast").contains("Het verslag is aangepast: u was er wel.");
		// only the coordinator answers; the parent gets nothing from trying
		assertThat(mvc
			.perform(post(page + "/requests/" + request).session(parent)
				.with(csrf())
				.param("status", "REJECTED")
				.param("answer", "x")
				.param("version", "2"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM privacy_rectification_change WHERE request_id = ?",
				Integer.class, request))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND resource = 'privacy.rectification' "
						+ "AND outcome = 'ALLOWED'",
				Integer.class, family.id()))
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void aKloptNietMarkLeadsToARequestForCorrectionAboutThatEntry() throws Exception {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		Fixtures.StoryEntry entry = fixtures.storyEntry(family);
		MockHttpSession parent = SignIn.as(mvc, family.parent());
		mvc.perform(post(family.path() + "/story/" + entry.entryId() + "/responses").session(parent)
			.with(csrf())
			.param("kind", "INCORRECT")
			.param("words", "Het was in 2018."));
		String story = mvc.perform(get(family.path() + "/story").session(parent))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = family.path() + "/my-data?about=Ons%20verhaal%3A%202019#ask";
		assertThat(story).contains("href=\"" + link + "\"").contains("Vraag om verbetering");
		String page = mvc.perform(get(java.net.URI.create(link.replace("#ask", ""))).session(parent))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Ons verhaal: 2019\"");
		// the coordinator reads the mark, but asks nothing on the family's behalf
		String seenByCoordinator = mvc
			.perform(get(family.path() + "/story").session(SignIn.as(mvc, family.coordinator())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(seenByCoordinator).contains("Het was in 2018.").doesNotContain(link);
	}

	/** The rows of the family in this table that this parent may see in Naast. */
	private int rowsAParentSees(String table, UUID familyId, UUID parentId) {
		String own = PARENT_OWN_ROWS.get(table);
		return own == null
				? jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE family_id = ?", Integer.class, familyId)
				: jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE family_id = ? AND " + own + " = ?",
						Integer.class, familyId, parentId);
	}

	@Test
	void eachParentsExportHoldsTheirOwnRatingsAndFeedbackAndNotTheOtherParents() throws Exception {
		String first = download(familyA.parent(), "export.json").getContentAsString();
		assertThat(first).contains(firstParentsRating, firstParentsFeedback)
			.doesNotContain(secondParentsRating)
			.doesNotContain(secondParentsFeedback);
		JsonNode second = JSON.readTree(download(secondParent, "export.json", familyA.id()).getContentAsString())
			.get("sections");
		assertThat(second.toString()).contains(secondParentsRating, secondParentsFeedback)
			.doesNotContain(firstParentsRating)
			.doesNotContain(firstParentsFeedback);
		// the professionals the feedback went to: only those of the parent's own feedback
		assertThat(second.get("meetings.feedback")).hasSize(1);
		assertThat(second.get("meetings.feedback-professionals")).hasSize(1);
		assertThat(second.get("meetings.feedback-professionals").get(0).get("feedback_id").asString())
			.isEqualTo(second.get("meetings.feedback").get(0).get("id").asString());
		// parents see every young person's view, as on the team page
		assertThat(first).contains(ownYouthView, siblingsYouthView);
	}

	@Test
	void theCoordinatorExportsWhatTheCoordinatorSees() throws Exception {
		String body = download(familyA.coordinator(), "export.json").getContentAsString();
		// all ratings and feedback, as on the journey and meeting pages
		assertThat(body).contains(firstParentsRating, secondParentsRating, firstParentsFeedback, secondParentsFeedback);
		// the young people's views are for the family only
		assertThat(body).doesNotContain(ownYouthView).doesNotContain(siblingsYouthView);
	}

	@Test
	void aYoungPersonsExportAndPageLackASiblingsViewAndTheParentsRequests() throws Exception {
		String parentsRequest = "Er staat een verkeerde datum " + familyA.marker();
		String body = download(familyA.youth(), "export.json").getContentAsString();
		assertThat(body).doesNotContain(siblingsYouthView)
			.doesNotContain(parentsRequest)
			.doesNotContain(idsOfA.get(idsOfA.size() - 1));
		MockHttpSession youth = SignIn.as(mvc, familyA.youth());
		String page = mvc.perform(get(familyA.path() + "/my-data").session(youth))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mijn gegevens").doesNotContain(parentsRequest);
		// the young person's own request is theirs to see, on the page and in the export
		String own = Fixtures.unique("OWN-REQUEST");
		mvc.perform(post(familyA.path() + "/my-data/requests").session(youth)
			.with(csrf())
			.param("about", "Mijn deel")
			.param("whatIsWrong", own)
			.param("shouldBe", "Anders."));
		assertThat(mvc.perform(get(familyA.path() + "/my-data").session(youth))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(own).doesNotContain(parentsRequest);
		assertThat(download(familyA.youth(), "export.json").getContentAsString()).contains(own)
			.doesNotContain(parentsRequest);
		// the parent still sees every request of the family
		assertThat(mvc.perform(get(familyA.path() + "/my-data").session(SignIn.as(mvc, familyA.parent())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(own).contains(parentsRequest);
	}

	private MockHttpServletResponse download(nl.naast.identity.AccountSummary person, String file, UUID familyId)
			throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/families/" + familyId + "/my-data/" + file).session(SignIn.as(mvc, person)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(file).isEqualTo(200);
		return response;
	}

	private MockHttpServletResponse download(nl.naast.identity.AccountSummary person, String file) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/families/" + familyOf(person) + "/my-data/" + file).session(SignIn.as(mvc, person)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(file).isEqualTo(200);
		return response;
	}

	private UUID familyOf(nl.naast.identity.AccountSummary person) {
		return jdbc.queryForObject("SELECT family_id FROM family_relationship WHERE account_id = ?", UUID.class,
				person.id());
	}

}
