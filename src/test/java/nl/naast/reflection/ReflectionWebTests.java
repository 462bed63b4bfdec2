package nl.naast.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Reflection through the web: a journal nobody else reads, a case summary checked for the
 * family's names, sessions only their participants see, and insights the whole team
 * shares.
 */
@NaastTest
class ReflectionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReflectionRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private List<MockHttpSession> everyoneElse() throws Exception {
		AccountSummary colleague = fixtures.account(Role.COORDINATOR);
		fixtures.colleagues(family.coordinator(), colleague);
		return List.of(SignIn.as(mvc, colleague), SignIn.as(mvc, fixtures.account(Role.MANAGER)),
				SignIn.as(mvc, fixtures.account(Role.ADMIN)), SignIn.as(mvc, fixtures.account(Role.PARTNER)),
				SignIn.as(mvc, fixtures.teamMember(family).account()), SignIn.as(mvc, family.parent()),
				SignIn.as(mvc, family.youth()));
	}

	@Test
	void aJournalEntryIsReadByItsAuthorAloneAndItsFamilyLinkNeverReachesTheFamily() throws Exception {
		String secret = Fixtures.unique("DOUBT");
		assertThat(send(post("/reflection/journal").param("knew", "Dat moeder niet wilde. " + secret)
			.param("tomorrow", "Eerst vragen waarom.")
			.param("family", family.id().toString()), coordinator).getRedirectedUrl()).isEqualTo("/reflection");
		Document mine = page("/reflection", coordinator);
		assertThat(mine.text()).contains(secret).contains("Eerst vragen waarom.");
		assertThat(mine.select(".journal-entry .meta").text())
			.contains(jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id()));
		UUID entry = jdbc.queryForObject("SELECT id FROM reflection_journal_entry WHERE author_id = ?", UUID.class,
				family.coordinator().id());

		for (MockHttpSession other : everyoneElse()) {
			MockHttpServletResponse list = mvc.perform(get("/reflection").session(other)).andReturn().getResponse();
			assertThat(list.getContentAsString()).doesNotContain(secret);
			assertThat(mvc.perform(get("/reflection/journal/" + entry).session(other))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
			assertThat(send(post("/reflection/journal/" + entry).param("knew", "overschreven").param("version", "0"),
					other)
				.getStatus()).isEqualTo(404);
			assertThat(send(post("/reflection/journal/" + entry + "/delete"), other).getStatus()).isEqualTo(404);
		}
		// the family's own page of who looked at its file says nothing about reflection
		MockHttpSession parent = SignIn.as(mvc, family.parent());
		String accessLog = page(family.path() + "/access-log", parent).text();
		assertThat(accessLog).doesNotContainIgnoringCase("reflect").doesNotContainIgnoringCase("dagboek");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND resource LIKE 'reflection%'", Integer.class,
				family.id()))
			.isZero();
	}

	@Test
	void anEmptyEntryIsRefusedAndAChangeOverSomeoneElsesChangeIsNotSaved() throws Exception {
		Document empty = Jsoup
			.parse(send(post("/reflection/journal").param("freeText", " "), coordinator).getContentAsString());
		assertThat(empty.select("#knew-error").text()).contains("minstens één vraag");

		UUID entry = fixtures.journalEntry(family.coordinator());
		assertThat(send(post("/reflection/journal/" + entry).param("freeText", "Eerste versie").param("version", "0"),
				coordinator)
			.getRedirectedUrl()).isEqualTo("/reflection");
		Document stale = Jsoup
			.parse(send(post("/reflection/journal/" + entry).param("freeText", "Tweede, over de eerste heen")
				.param("version", "0"), coordinator).getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		assertThat(stale.select("#freeText").text()).isEqualTo("Tweede, over de eerste heen");
		assertThat(
				jdbc.queryForObject("SELECT free_text FROM reflection_journal_entry WHERE id = ?", String.class, entry))
			.isEqualTo("Eerste versie");
	}

	@Test
	void theCaseSummaryIsCheckedForTheLinkedFamilysNamesAndBirthDates() throws Exception {
		String summary = "Moeder " + family.marker() + " heeft een zoon, geboren 14-5-2012.";
		Document warned = Jsoup.parse(send(post("/reflection/intervision/questions").param("question", "Hoe verder?")
			.param("summary", summary)
			.param("family", family.id().toString()), coordinator).getContentAsString());
		String warning = warned.select("#q-identifiers-error").text();
		assertThat(warning).contains(family.marker()).contains("14-5-2012");
		assertThat(warned.select("#q-summary").text()).isEqualTo(summary);
		assertThat(warned.select("#q-family option[selected]").attr("value")).isEqualTo(family.id().toString());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reflection_case_question WHERE author_id = ?",
				Integer.class, family.coordinator().id()))
			.isZero();

		// without a family, addresses and the like are still caught
		Document general = Jsoup.parse(send(post("/reflection/intervision/questions").param("question", "Hoe verder?")
			.param("summary", "Het gezin woont aan de Kerkstraat 12, 1234 AB."), coordinator).getContentAsString());
		assertThat(general.select("#q-identifiers-error").text()).contains("Kerkstraat 12").contains("1234 AB");

		// a clean summary goes through; so does a checked one
		assertThat(send(post("/reflection/intervision/questions").param("question", "Hoe verder?")
			.param("summary", "Een moeder met twee kinderen in een pleeggezin.")
			.param("family", family.id().toString()), coordinator).getRedirectedUrl())
			.isEqualTo("/reflection/intervision");
		assertThat(send(post("/reflection/intervision/questions").param("question", "En nu?")
			.param("summary", summary)
			.param("family", family.id().toString())
			.param("identifiers", "true"), coordinator).getRedirectedUrl()).isEqualTo("/reflection/intervision");
		Document overview = page("/reflection/intervision", coordinator);
		assertThat(overview.text()).contains("Een moeder met twee kinderen in een pleeggezin.");
	}

	@Test
	void aTeamMemberLinksTheFamilyTheyHelpButCannotProbeItsDetailsThroughTheCheck() throws Exception {
		AccountSummary memberAccount = fixtures.teamMember(family).account();
		MockHttpSession member = SignIn.as(mvc, memberAccount);
		assertThat(page("/reflection", member).select("#family option").eachAttr("value"))
			.contains(family.id().toString());
		// without consent to read the file, only what anyone could recognise is found:
		// the children's names and birth dates are not revealed by guessing
		Document warned = Jsoup.parse(send(post("/reflection/intervision/questions").param("question", "Hoe verder?")
			.param("summary", "De jongere " + family.marker() + ", geboren 14 mei 2012, woont aan de Dorpsweg 3.")
			.param("family", family.id().toString()), member).getContentAsString());
		String warning = warned.select("#q-identifiers-error").text();
		assertThat(warning).contains("Dorpsweg 3").doesNotContain(family.marker()).doesNotContain("14 mei 2012");
		assertThat(jdbc
			.queryForObject("SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND resource = 'family.identifiers' "
					+ "AND actor_account_id = ?", Integer.class, family.id(), memberAccount.id()))
			.isEqualTo(1);
		// the coordinator, who reads the file, is warned about both
		Document coordinatorWarned = Jsoup
			.parse(send(post("/reflection/intervision/questions").param("question", "Hoe verder?")
				.param("summary", "De jongere " + family.marker() + ", geboren 14 mei 2012.")
				.param("family", family.id().toString()), coordinator).getContentAsString());
		assertThat(coordinatorWarned.select("#q-identifiers-error").text()).contains(family.marker())
			.contains("14 mei 2012");
	}

	@Test
	void aLinkToAFamilyBeyondTheFirstHundredIsShownAndKept() throws Exception {
		UUID me = family.coordinator().id();
		for (int i = 0; i < 100; i++) {
			UUID other = UUID.randomUUID();
			jdbc.update(
					"INSERT INTO family (id, name, version, created_at, created_by, updated_at, updated_by) "
							+ "VALUES (?, ?, 0, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, ?)",
					other, "0000 " + i, me, me);
			jdbc.update(
					"INSERT INTO family_relationship (id, family_id, account_id, kind, created_at, created_by) "
							+ "VALUES (?, ?, ?, 'COORDINATOR', CURRENT_TIMESTAMP, ?)",
					UUID.randomUUID(), other, me, me);
		}
		String name = jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id());
		assertThat(send(post("/reflection/journal").param("knew", "Iets").param("family", family.id().toString()),
				coordinator)
			.getRedirectedUrl()).isEqualTo("/reflection");
		UUID entry = jdbc.queryForObject("SELECT id FROM reflection_journal_entry WHERE author_id = ?", UUID.class, me);

		Document journal = page("/reflection", coordinator);
		assertThat(journal.select("#family option").eachAttr("value")).doesNotContain(family.id().toString());
		assertThat(journal.select(".journal-entry .meta").text()).contains(name);
		Document edit = page("/reflection/journal/" + entry, coordinator);
		assertThat(edit.select("#family option[selected]").attr("value")).isEqualTo(family.id().toString());
		assertThat(edit.select("#family option[selected]").text()).isEqualTo(name);

		assertThat(send(post("/reflection/intervision/questions").param("question", "Hoe verder?")
			.param("summary", "Een moeder met twee kinderen.")
			.param("family", family.id().toString()), coordinator).getRedirectedUrl())
			.isEqualTo("/reflection/intervision");
		assertThat(page("/reflection/intervision", coordinator).select(".family-list .meta").text()).contains(name);
	}

	@Test
	void aFamilyOfSomeoneElseCannotBeLinked() throws Exception {
		FamilyWithPeople other = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		Document refused = Jsoup
			.parse(send(post("/reflection/journal").param("knew", "Iets").param("family", other.id().toString()),
					coordinator)
				.getContentAsString());
		assertThat(refused.select("#family-error").text()).contains("waar je bij betrokken bent");
		assertThat(refused.select("#knew").text()).isEqualTo("Iets");
	}

	@Test
	void aSessionIsSeenByItsParticipantsAloneWithoutTheFamilyLink() throws Exception {
		AccountSummary colleague = fixtures.account(Role.PARTNER);
		AccountSummary notInvited = fixtures.account(Role.COORDINATOR);
		AccountSummary manager = fixtures.account(Role.MANAGER);
		fixtures.colleagues(family.coordinator(), colleague, notInvited, manager);

		Document overview = page("/reflection/intervision", coordinator);
		assertThat(overview.select("input[name=participants]")).hasSize(3);
		assertThat(send(post("/reflection/intervision/sessions").param("heldOn", "2026-12-10")
			.param("topic", "Vastlopen met de gemeente")
			.param("participants", colleague.id().toString()), coordinator).getRedirectedUrl())
			.isEqualTo("/reflection/intervision");
		UUID session = jdbc.queryForObject("SELECT id FROM reflection_session WHERE organiser_id = ?", UUID.class,
				family.coordinator().id());
		assertThat(send(post("/reflection/intervision/questions").param("question", "Hoe houd ik vol?")
			.param("summary", "Een vader die zijn telefoon niet opneemt.")
			.param("family", family.id().toString())
			.param("session", session.toString()), coordinator).getRedirectedUrl())
			.isEqualTo("/reflection/intervision");
		assertThat(send(
				post("/reflection/intervision/sessions/" + session).param("questionsAsked", "Wat heb je al geprobeerd?")
					.param("learned", "Eerst de vader vragen wat hij nodig heeft.")
					.param("version", "0"),
				SignIn.as(mvc, colleague))
			.getRedirectedUrl()).isEqualTo("/reflection/intervision/sessions/" + session);

		Document seen = page("/reflection/intervision/sessions/" + session, SignIn.as(mvc, colleague));
		assertThat(seen.text()).contains("Een vader die zijn telefoon niet opneemt.")
			.contains("Eerst de vader vragen")
			.doesNotContain(jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, family.id()));
		for (AccountSummary outsider : List.of(notInvited, manager, fixtures.account(Role.ADMIN))) {
			MockHttpSession session2 = SignIn.as(mvc, outsider);
			assertThat(mvc.perform(get("/reflection/intervision/sessions/" + session).session(session2))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(404);
			String theirs = mvc.perform(get("/reflection/intervision").session(session2))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(theirs).doesNotContain("Vastlopen met de gemeente").doesNotContain("telefoon niet opneemt");
		}
		// a stale record does not overwrite
		Document stale = Jsoup.parse(send(
				post("/reflection/intervision/sessions/" + session).param("learned", "Anders").param("version", "0"),
				coordinator)
			.getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		// what the participants read is checked for what points at a family
		Document warned = Jsoup.parse(send(
				post("/reflection/intervision/sessions/" + session).param("questionsAsked", "Wat heb je al geprobeerd?")
					.param("learned", "Langsgaan op de Dorpsweg 3 werkte.")
					.param("version", "1"),
				coordinator)
			.getContentAsString());
		assertThat(warned.select("#identifiers-error").text()).contains("Dorpsweg 3");
		assertThat(warned.select("#learned").text()).isEqualTo("Langsgaan op de Dorpsweg 3 werkte.");
		assertThat(send(
				post("/reflection/intervision/sessions/" + session).param("questionsAsked", "Wat heb je al geprobeerd?")
					.param("learned", "Langsgaan op de Dorpsweg 3 werkte.")
					.param("version", "1")
					.param("identifiers", "true"),
				coordinator)
			.getRedirectedUrl()).isEqualTo("/reflection/intervision/sessions/" + session);
		// a colleague outside the organisation cannot be invited
		Document refused = Jsoup.parse(send(post("/reflection/intervision/sessions").param("heldOn", "2026-12-10")
			.param("topic", "Nog een")
			.param("participants", fixtures.account(Role.COORDINATOR).id().toString()), coordinator)
			.getContentAsString());
		assertThat(refused.select("#s-participants-error").text()).contains("uit de lijst");
		assertThat(refused.select("#s-participants").attr("aria-describedby")).isEqualTo("s-participants-error");
		assertThat(refused.select("#s-participants-error .visually-hidden").text()).isNotEmpty();
		// a question that cannot be brought is pointed out at the select
		send(post("/reflection/intervision/questions").param("question", "Nog een vraag?")
			.param("summary", "Een vader die weinig zegt."), coordinator);
		Document notBrought = Jsoup
			.parse(send(post("/reflection/intervision/sessions/" + session + "/questions").param("question", "onzin"),
					coordinator)
				.getContentAsString());
		assertThat(notBrought.select("#b-question").attr("aria-invalid")).isEqualTo("true");
		assertThat(notBrought.select("#b-question").attr("aria-describedby")).isEqualTo("b-question-error");
	}

	@Test
	void anInsightIsSharedSearchedCommentedAndMarkedByTheTeam() throws Exception {
		String title = "Armoede is geen onwil " + Fixtures.unique("i");
		String created = send(post("/reflection/insights").param("title", title)
			.param("thought", "Dat ouders die afspraken missen niet willen.")
			.param("learned", "Dat een buskaartje soms te duur is.")
			.param("nowDo", "Ik vraag eerst of reizen lukt.")
			.param("themes", "POVERTY", "HELP_THAT_DOES_NOT_HELP"), coordinator).getRedirectedUrl();
		assertThat(created).startsWith("/reflection/insights/");

		MockHttpSession partner = SignIn.as(mvc, fixtures.account(Role.PARTNER));
		Document found = page("/reflection/insights?q=buskaartje&theme=POVERTY", partner);
		assertThat(found.select(".insight h2").text()).contains(title);
		assertThat(page("/reflection/insights?q=buskaartje&theme=TRAUMA", partner).select(".insight h2").text())
			.doesNotContain(title);

		Document warned = Jsoup.parse(
				send(post(created + "/comments").param("comment", "Zoals bij het gezin in de Kerkstraat 12."), partner)
					.getContentAsString());
		assertThat(warned.select("#identifiers-error").text()).contains("Kerkstraat 12");
		assertThat(warned.select("#comment").text()).isEqualTo("Zoals bij het gezin in de Kerkstraat 12.");
		assertThat(send(post(created + "/comments").param("comment", "Herkenbaar, bij ons ook."), partner)
			.getRedirectedUrl()).isEqualTo(created);
		send(post(created + "/mark"), partner);
		Document read = page(created, partner);
		assertThat(read.text()).contains("Herkenbaar, bij ons ook.").contains("Dit veranderde het werk van 1 collega.");
		assertThat(page("/reflection/insights?q=buskaartje", partner).select(".insight .meta").text())
			.contains("Veranderde het werk van 1 collega · 1 reactie");
		assertThat(read.select("a[href$=/edit]")).isEmpty();
		send(post(created + "/mark"), partner);
		assertThat(page(created, partner).text()).contains("Dit veranderde het werk van geen collega's.");

		// only the author changes it, and not over someone else's change
		assertThat(mvc.perform(get(created + "/edit").session(partner)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(send(post(created).param("title", "Anders")
			.param("thought", "a")
			.param("learned", "b")
			.param("nowDo", "c")
			.param("themes", "POVERTY")
			.param("version", "0"), partner).getStatus()).isEqualTo(404);
		assertThat(send(post(created).param("title", title)
			.param("thought", "Dat ouders die afspraken missen niet willen.")
			.param("learned", "Dat een buskaartje soms te duur is, en een afspraak om 8 uur niet lukt.")
			.param("nowDo", "Ik vraag eerst of reizen lukt.")
			.param("themes", "POVERTY")
			.param("version", "0"), coordinator).getRedirectedUrl()).isEqualTo(created);
		Document stale = Jsoup.parse(send(post(created).param("title", "Over de vorige heen")
			.param("thought", "a")
			.param("learned", "b")
			.param("nowDo", "c")
			.param("themes", "POVERTY")
			.param("version", "0"), coordinator).getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		assertThat(stale.select("#title").attr("value")).isEqualTo("Over de vorige heen");
	}

	@Test
	void anInsightWithoutThemesOrWithAnAddressComesBackWithTheInputKept() throws Exception {
		Document back = Jsoup.parse(send(post("/reflection/insights").param("title", "Zonder thema")
			.param("thought", "a")
			.param("learned", "b")
			.param("nowDo", "c"), coordinator).getContentAsString());
		assertThat(back.select("#themes-error").text()).contains("minstens één thema");
		assertThat(back.select("#themes").attr("aria-describedby")).isEqualTo("themes-error");
		assertThat(back.select("#themes-error .visually-hidden").text()).isNotEmpty();
		assertThat(back.select("#title").attr("value")).isEqualTo("Zonder thema");
		Document address = Jsoup.parse(send(post("/reflection/insights").param("title", "Adres")
			.param("thought", "Bij het gezin op de Dorpsweg 3 ging het mis.")
			.param("learned", "b")
			.param("nowDo", "c")
			.param("themes", "OTHER"), coordinator).getContentAsString());
		assertThat(address.select("#identifiers-error").text()).contains("Dorpsweg 3");
	}

	@Test
	void aJournalEntryBecomesTheStartOfAnInsight() throws Exception {
		send(post("/reflection/journal").param("knew", "Dat vader niet betrokken was.")
			.param("notKnown", "Dat hij nachtdiensten draait.")
			.param("tomorrow", "Ik plan gesprekken in de middag."), coordinator);
		UUID entry = jdbc.queryForObject("SELECT id FROM reflection_journal_entry WHERE author_id = ?", UUID.class,
				family.coordinator().id());
		Document form = page("/reflection/insights/new?from=" + entry, coordinator);
		assertThat(form.select("#thought").text()).isEqualTo("Dat vader niet betrokken was.");
		assertThat(form.select("#learned").text()).isEqualTo("Dat hij nachtdiensten draait.");
		// someone else's entry gives an empty form
		MockHttpSession other = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		assertThat(page("/reflection/insights/new?from=" + entry, other).select("#thought").text()).isEmpty();
	}

	@Test
	void anInsightFromAnEntryLinkedToAFamilyIsCheckedAgainstThatFamily() throws Exception {
		String knew = "Dat " + family.marker() + " niet wilde.";
		send(post("/reflection/journal").param("knew", knew)
			.param("tomorrow", "Ik vraag het eerst.")
			.param("family", family.id().toString()), coordinator);
		UUID entry = jdbc.queryForObject("SELECT id FROM reflection_journal_entry WHERE author_id = ?", UUID.class,
				family.coordinator().id());
		Document form = page("/reflection/insights/new?from=" + entry, coordinator);
		assertThat(form.select("input[type=hidden][name=from]").attr("value")).isEqualTo(entry.toString());

		Document warned = Jsoup.parse(send(post("/reflection/insights").param("title", "Niet willen of niet kunnen")
			.param("thought", knew)
			.param("learned", "Dat het om geld ging.")
			.param("nowDo", "Ik vraag het eerst.")
			.param("themes", "OWN_ROLE")
			.param("from", entry.toString()), coordinator).getContentAsString());
		assertThat(warned.select("#identifiers-error").text()).contains(family.marker());
		assertThat(warned.select("input[type=hidden][name=from]").attr("value")).isEqualTo(entry.toString());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reflection_insight WHERE author_id = ?", Integer.class,
				family.coordinator().id()))
			.isZero();

		// only the author's own entry counts: someone else's id checks without a family
		MockHttpSession other = SignIn.as(mvc, fixtures.account(Role.COORDINATOR));
		assertThat(send(post("/reflection/insights").param("title", "Van een ander")
			.param("thought", "Een gedachte.")
			.param("learned", "Iets geleerd.")
			.param("nowDo", "Iets anders doen.")
			.param("themes", "OWN_ROLE")
			.param("from", entry.toString()), other).getRedirectedUrl()).startsWith("/reflection/insights/");
	}

	@Test
	void changingAnInsightMadeFromAnEntryLinkedToAFamilyIsStillCheckedAgainstThatFamily() throws Exception {
		send(post("/reflection/journal").param("knew", "Dat ze niet wilden.")
			.param("tomorrow", "Ik vraag het eerst.")
			.param("family", family.id().toString()), coordinator);
		UUID entry = jdbc.queryForObject("SELECT id FROM reflection_journal_entry WHERE author_id = ?", UUID.class,
				family.coordinator().id());
		String created = send(post("/reflection/insights").param("title", "Niet willen of niet kunnen")
			.param("thought", "Dat ze niet wilden.")
			.param("learned", "Dat het om geld ging.")
			.param("nowDo", "Ik vraag het eerst.")
			.param("themes", "OWN_ROLE")
			.param("from", entry.toString()), coordinator).getRedirectedUrl();
		assertThat(created).startsWith("/reflection/insights/");
		UUID insight = UUID.fromString(created.substring("/reflection/insights/".length()));

		// the marker is only a name of this family: no general rule would find it
		String named = "Dat " + family.marker() + " niet wilde.";
		Document warned = Jsoup.parse(send(post("/reflection/insights/" + insight).param("title", "Niet kunnen")
			.param("thought", named)
			.param("learned", "Dat het om geld ging.")
			.param("nowDo", "Ik vraag het eerst.")
			.param("themes", "OWN_ROLE")
			.param("version", "0"), coordinator).getContentAsString());
		assertThat(warned.select("#identifiers-error").text()).contains(family.marker());
		assertThat(warned.select("#thought").text()).isEqualTo(named);
		assertThat(jdbc.queryForObject("SELECT thought FROM reflection_insight WHERE id = ?", String.class, insight))
			.isEqualTo("Dat ze niet wilden.");
		// the team never sees which entry (or family) it came from
		Document shown = page("/reflection/insights/" + insight, SignIn.as(mvc, fixtures.account(Role.PARTNER)));
		assertThat(shown.html()).doesNotContain(entry.toString(), family.id().toString());

		assertThat(send(post("/reflection/insights/" + insight).param("title", "Niet kunnen")
			.param("thought", "Dat ze niet konden.")
			.param("learned", "Dat het om geld ging.")
			.param("nowDo", "Ik vraag het eerst.")
			.param("themes", "OWN_ROLE")
			.param("version", "0"), coordinator).getRedirectedUrl()).isEqualTo("/reflection/insights/" + insight);
	}

	@Test
	void sessionNotesAreCheckedAgainstTheFamiliesOfTheQuestionsBroughtToIt() throws Exception {
		AccountSummary colleague = fixtures.account(Role.COORDINATOR);
		fixtures.colleagues(family.coordinator(), colleague);
		String topic = "Intervisie " + Fixtures.unique("t");
		send(post("/reflection/intervision/sessions").param("heldOn", "2026-12-10")
			.param("topic", topic)
			.param("participants", colleague.id().toString()), coordinator);
		UUID session = jdbc.queryForObject("SELECT id FROM reflection_session WHERE topic = ?", UUID.class, topic);
		assertThat(send(post("/reflection/intervision/questions").param("question", "Hoe houd ik vol?")
			.param("summary", "Een moeder en twee kinderen.")
			.param("family", family.id().toString())
			.param("session", session.toString()), coordinator).getRedirectedUrl())
			.isEqualTo("/reflection/intervision");
		String named = "We spraken over " + family.marker() + " en de school.";

		// the author of the question knows the family: what was found is named
		Document own = Jsoup.parse(
				send(post("/reflection/intervision/sessions/" + session).param("learned", named).param("version", "0"),
						coordinator)
					.getContentAsString());
		assertThat(own.select("#identifiers-error").text()).contains(family.marker());
		assertThat(own.select("#learned").text()).isEqualTo(named);

		// a colleague who does not know the family is warned too, without being told the
		// name, so that nobody learns a family's names by guessing
		MockHttpSession other = SignIn.as(mvc, colleague);
		Document theirs = Jsoup.parse(
				send(post("/reflection/intervision/sessions/" + session).param("learned", named).param("version", "0"),
						other)
					.getContentAsString());
		assertThat(theirs.select("#identifiers-error").text()).contains("casus in deze sessie")
			.doesNotContain(family.marker());
		assertThat(theirs.select("#learned").text()).isEqualTo(named);
		assertThat(jdbc.queryForObject("SELECT learned FROM reflection_session WHERE id = ?", String.class, session))
			.isNull();

		// what does not point at the family is saved
		assertThat(send(post("/reflection/intervision/sessions/" + session).param("learned", "Eerst vragen.")
			.param("version", "0"), other).getRedirectedUrl()).isEqualTo("/reflection/intervision/sessions/" + session);
	}

	@Test
	void aCaseQuestionNotBroughtToASessionIsInvisibleToParentsYoungPeopleAndPartners() throws Exception {
		String question = "Hoe blijf ik geduldig? " + Fixtures.unique("vraag");
		String summary = "Een gezin dat steeds afzegt " + Fixtures.unique("samenvatting");
		assertThat(send(post("/reflection/intervision/questions").param("question", question)
			.param("summary", summary)
			.param("family", family.id().toString()), coordinator).getRedirectedUrl())
			.isEqualTo("/reflection/intervision");
		assertThat(page("/reflection/intervision", coordinator).text()).contains(question, summary);
		assertThat(jdbc.queryForObject("SELECT session_id FROM reflection_case_question WHERE question = ?", UUID.class,
				question))
			.isNull();

		// the family itself does not reach intervision at all
		for (AccountSummary member : List.of(family.parent(), family.youth())) {
			MockHttpServletResponse response = mvc
				.perform(get("/reflection/intervision").session(SignIn.as(mvc, member)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(response.getContentAsString()).doesNotContain(question).doesNotContain(summary);
		}
		// partners, on the family's team or not, see their own intervision, not this
		// question
		AccountSummary colleague = fixtures.account(Role.PARTNER);
		fixtures.colleagues(family.coordinator(), colleague);
		for (AccountSummary partner : List.of(fixtures.teamMember(family).account(), colleague,
				fixtures.account(Role.PARTNER))) {
			MockHttpServletResponse response = mvc
				.perform(get("/reflection/intervision").session(SignIn.as(mvc, partner)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).doesNotContain(question).doesNotContain(summary);
		}
	}

	@Test
	void twoQuickMarksOfTheSameInsightTakeTurnsInsteadOfColliding() throws Exception {
		UUID insight = fixtures.reflection(family).insightId();
		UUID me = family.coordinator().id();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		CountDownLatch firstMarked = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> first = pool.submit(() -> tx.execute(status -> {
				boolean marked = repository.toggleMark(insight, me, Instant.now());
				firstMarked.countDown();
				try {
					Thread.sleep(300);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return marked;
			}));
			assertThat(firstMarked.await(10, TimeUnit.SECONDS)).isTrue();
			Boolean second = tx.execute(status -> repository.toggleMark(insight, me, Instant.now()));
			assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
			assertThat(second).isFalse();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM reflection_insight_mark WHERE insight_id = ? AND account_id = ?", Integer.class,
				insight, me))
			.isZero();
	}

}
