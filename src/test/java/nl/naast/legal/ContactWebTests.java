package nl.naast.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

import nl.naast.identity.Role;
import nl.naast.legal.ContactMoment.CancelledBy;
import nl.naast.legal.ContactMoment.Outcome;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Contact through the web and its totals: moments planned and recorded, the facts a
 * family and its lawyer can use, an appointment for the parents while a moment stands,
 * and news of a cancellation.
 */
@NaastTest
class ContactWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	FamilyWithPeople family;

	MockHttpSession coordinator;

	String contact;

	String child;

	LocalDate today;

	@BeforeEach
	void plantFamily() throws Exception {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		coordinator = SignIn.as(mvc, family.coordinator());
		contact = family.path() + "/contact";
		child = jdbc
			.queryForObject("SELECT id FROM family_child WHERE family_id = ? AND position = 0", UUID.class, family.id())
			.toString();
		today = LocalDate.now(DisplayTime.ZONE);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.with(csrf()).session(session)).andReturn().getResponse();
	}

	private UUID plan(LocalDate day) throws Exception {
		assertThat(send(post(contact + "/moments").param("child", child)
			.param("date", day.toString())
			.param("time", "14:00")
			.param("minutes", "90")
			.param("place", "Kantoor jeugdbescherming")
			.param("supervised", "true"), coordinator).getRedirectedUrl()).isEqualTo(contact);
		return jdbc.queryForObject("SELECT id FROM contact_moment WHERE family_id = ? AND starts_at = ?", UUID.class,
				family.id(), day.atTime(14, 0).atZone(DisplayTime.ZONE).toOffsetDateTime());
	}

	private MockHttpServletResponse record(UUID moment, String outcome, String by, String actual) throws Exception {
		return send(post(contact + "/moments/" + moment).param("outcome", outcome)
			.param("cancelledBy", by)
			.param("actualMinutes", actual)
			.param("reason", "Geen begeleider beschikbaar")
			.param("version", "0"), coordinator);
	}

	@Test
	void theTotalsSayHowManyWereCancelledAndByWhom() throws Exception {
		UUID first = plan(today.minusWeeks(6));
		UUID second = plan(today.minusWeeks(4));
		UUID third = plan(today.minusWeeks(2));
		UUID fourth = plan(today.minusWeeks(1));
		UUID coming = plan(today.plusWeeks(1));
		assertThat(record(first, "HAPPENED", "", "").getRedirectedUrl()).isEqualTo(contact);
		record(second, "CANCELLED", "AGENCY", "");
		record(third, "CANCELLED", "AGENCY", "");
		record(fourth, "SHORTENED", "", "45");

		Document page = Jsoup.parse(mvc.perform(get(contact).session(SignIn.as(mvc, family.parent())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#contact-headline").text())
			.isEqualTo("Van de 5 geplande momenten zijn er 2 afgezegd, 2 daarvan door de jeugdbescherming.");
		assertThat(page.select(".contact-table tbody tr").first().text()).contains("1 1 2 1 0 225");
		assertThat(coming).isNotNull();
	}

	@Test
	void aStandingMomentIsAnAppointmentForTheParentsUntilItIsCancelled() throws Exception {
		UUID moment = plan(today.plusDays(4));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demand WHERE meeting_id = ? AND status = 'OPEN'",
				Integer.class, moment))
			.isPositive();
		String demands = mvc.perform(get(family.path() + "/demands").session(coordinator))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document asked = Jsoup.parse(demands);
		// "Omgang met Jongere …": the word omgang is explained in place
		assertThat(asked.select(".demand-what").text()).contains("met Jongere " + family.marker());
		assertThat(asked.select("a[href=" + contact + "]")).isNotEmpty();
		// a contact moment's appointment is no demand of its own to contradict
		UUID appointment = jdbc.queryForObject("SELECT id FROM demand WHERE meeting_id = ? LIMIT 1", UUID.class,
				moment);
		assertThat(send(post(family.path() + "/demands/" + appointment + "/contradiction")
			.param("other", appointment.toString())
			.param("note", "x"), coordinator).getStatus()).isEqualTo(404);

		assertThat(record(moment, "CANCELLED", "FOSTER_FAMILY", "").getRedirectedUrl()).isEqualTo(contact);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demand WHERE meeting_id = ? AND status = 'OPEN'",
				Integer.class, moment))
			.isZero();
		// the parent hears of it, in plain words
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND message_key = ?", Integer.class,
					family.parent().id(), "legal.contact.cancelled.family") == 1);
	}

	@Test
	void aChangedOutcomeKeepsWhatWasSaidBefore() throws Exception {
		UUID moment = plan(today.minusDays(5));
		record(moment, "CANCELLED", "AGENCY", "");
		assertThat(send(post(contact + "/moments/" + moment).param("outcome", "CANCELLED")
			.param("cancelledBy", "PARENT")
			.param("version", "1"), SignIn.as(mvc, family.parent())).getRedirectedUrl()).isEqualTo(contact);
		Document page = Jsoup
			.parse(mvc.perform(get(contact).session(coordinator)).andReturn().getResponse().getContentAsString());
		String history = page.select(".moment .history").text();
		assertThat(history).contains("afgezegd (de jeugdbescherming)").contains("afgezegd (de ouder)");
		assertThat(page.select(".moment .meta").text()).contains("Ingevuld door Person parent");
	}

	@Test
	void whatCannotBeTrueIsRefusedAtItsField() throws Exception {
		UUID past = plan(today.minusDays(3));
		Document noOne = Jsoup.parse(record(past, "CANCELLED", "", "").getContentAsString());
		assertThat(noOne.select("#r" + past + "-cancelledBy-error").text()).contains("wie het heeft afgezegd");
		Document longer = Jsoup.parse(record(past, "SHORTENED", "", "120").getContentAsString());
		assertThat(longer.select("#r" + past + "-actualMinutes-error").text()).contains("niet korter dan gepland");
		UUID future = plan(today.plusDays(3));
		Document notYet = Jsoup.parse(record(future, "HAPPENED", "", "").getContentAsString());
		assertThat(notYet.select("#r" + future + "-outcome-error").text()).contains("nog niet geweest");
		Document noTime = Jsoup.parse(send(
				post(contact + "/moments").param("child", child).param("date", today.toString()).param("minutes", "0"),
				coordinator)
			.getContentAsString());
		assertThat(noTime.select("#c-time-error").text()).isNotEmpty();
		assertThat(noTime.select("#c-minutes-error").text()).contains("van 1 tot");
	}

	@Test
	void statisticsCountEveryOutcome() {
		Instant now = Instant.parse("2026-11-29T12:00:00Z");
		UUID kid = UUID.randomUUID();
		List<ContactMoment> moments = List.of(moment(kid, "2026-10-01T12:00:00Z", Outcome.HAPPENED, null, null),
				moment(kid, "2026-10-08T12:00:00Z", Outcome.CANCELLED, CancelledBy.AGENCY, null),
				moment(kid, "2026-10-15T12:00:00Z", Outcome.CANCELLED, CancelledBy.PARENT, null),
				moment(kid, "2026-10-22T12:00:00Z", Outcome.CANCELLED, CancelledBy.AGENCY, null),
				moment(kid, "2026-10-29T12:00:00Z", Outcome.SHORTENED, null, 30),
				moment(kid, "2026-11-05T12:00:00Z", Outcome.PLANNED, null, null),
				moment(kid, "2026-12-05T12:00:00Z", Outcome.PLANNED, null, null));
		ContactStats stats = ContactStats.of(moments, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), now);
		assertThat(stats.planned()).isEqualTo(7);
		assertThat(stats.cancelled()).isEqualTo(3);
		assertThat(stats.cancelledBy()).containsEntry(CancelledBy.AGENCY, 2).containsEntry(CancelledBy.PARENT, 1);
		assertThat(stats.mostCancelledBy()).isEqualTo(CancelledBy.AGENCY);
		assertThat(stats.happened()).isEqualTo(1);
		assertThat(stats.shortened()).isEqualTo(1);
		assertThat(stats.unrecorded()).isEqualTo(1);
		assertThat(stats.toCome()).isEqualTo(1);
		assertThat(stats.minutesMissed()).isEqualTo(3 * 60 + 30);
	}

	private Document page(MockHttpSession session) throws Exception {
		return Jsoup.parse(mvc.perform(get(contact).session(session)).andReturn().getResponse().getContentAsString());
	}

	private int openAppointments(UUID moment) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM demand WHERE meeting_id = ? AND status = 'OPEN'",
				Integer.class, moment);
	}

	@Test
	void aMomentEnteredByMistakeIsRemovedWithItsAppointmentAndLeavesTheTotalsButNotTheHistory() throws Exception {
		UUID kept = plan(today.minusWeeks(2));
		UUID twice = plan(today.plusDays(3));
		record(kept, "CANCELLED", "AGENCY", "");
		assertThat(openAppointments(twice)).isPositive();

		// no reason: refused at its field
		Document noReason = Jsoup
			.parse(send(post(contact + "/moments/" + twice + "/remove").param("version", "0"), coordinator)
				.getContentAsString());
		assertThat(noReason.select("#x" + twice + "-removeReason-error").text()).isNotEmpty();
		// someone changed it meanwhile: not removed
		Document stale = Jsoup
			.parse(send(post(contact + "/moments/" + twice + "/remove").param("removeReason", "Dubbel ingevuld")
				.param("version", "7"), coordinator).getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		assertThat(stale.select("#x" + twice + "-removeReason").attr("value")).isEqualTo("Dubbel ingevuld");

		assertThat(send(post(contact + "/moments/" + twice + "/remove").param("removeReason", "Dubbel ingevuld")
			.param("version", "0"), coordinator).getRedirectedUrl()).isEqualTo(contact);
		assertThat(openAppointments(twice)).isZero();
		// what happened cannot be removed as a mistake
		Document happened = Jsoup
			.parse(send(post(contact + "/moments/" + kept + "/remove").param("removeReason", "x").param("version", "1"),
					coordinator)
				.getContentAsString());
		assertThat(happened.select("#x" + kept + "-removeReason-error").text()).contains("nog gepland");

		Document parent = page(SignIn.as(mvc, family.parent()));
		assertThat(parent.select("#contact-headline").text())
			.isEqualTo("Van de 1 geplande momenten zijn er 1 afgezegd, 1 daarvan door de jeugdbescherming.");
		assertThat(parent.select(".contact-table tbody tr").first().text()).contains("0 0 1 0 0 90");
		assertThat(parent.select(".moment--removed .status-tag").text()).isEqualTo("weggehaald");
		assertThat(parent.select(".moment--removed .history").text()).contains("weggehaald (Dubbel ingevuld)");
		// no longer recorded or corrected
		Document mine = page(coordinator);
		assertThat(mine.select(".moment--removed form")).isEmpty();
		assertThat(record(twice, "HAPPENED", "", "").getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT outcome FROM contact_moment WHERE id = ?", String.class, twice))
			.isEqualTo("PLANNED");
	}

	@Test
	void aMovedMomentKeepsItsOldTimeInTheHistoryAndItsAppointmentMoves() throws Exception {
		UUID moment = plan(today.plusDays(3));
		LocalDate later = today.plusDays(10);
		assertThat(send(post(contact + "/moments/" + moment + "/move").param("date", later.toString())
			.param("time", "10:30")
			.param("moveReason", "Verkeerde dag ingevuld")
			.param("version", "0"), coordinator).getRedirectedUrl()).isEqualTo(contact);
		Instant moved = later.atTime(10, 30).atZone(DisplayTime.ZONE).toInstant();
		assertThat(jdbc
			.queryForObject("SELECT starts_at FROM contact_moment WHERE id = ?", java.time.OffsetDateTime.class, moment)
			.toInstant()).isEqualTo(moved);
		assertThat(jdbc
			.queryForObject("SELECT starts_at FROM demand WHERE meeting_id = ? AND status = 'OPEN' LIMIT 1",
					java.time.OffsetDateTime.class, moment)
			.toInstant()).isEqualTo(moved);
		String history = page(coordinator).select(".moment .history").text();
		assertThat(history).contains("verplaatst van").contains("(Verkeerde dag ingevuld)");

		// the same version again: someone moved it meanwhile
		Document stale = Jsoup
			.parse(send(post(contact + "/moments/" + moment + "/move").param("date", today.plusDays(12).toString())
				.param("time", "10:30")
				.param("version", "0"), coordinator).getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		Document farAway = Jsoup
			.parse(send(post(contact + "/moments/" + moment + "/move").param("date", today.plusYears(5).toString())
				.param("time", "10:30")
				.param("version", "1"), coordinator).getContentAsString());
		assertThat(farAway.select("#v" + moment + "-date-error").text()).contains("erg ver weg");
		assertThat(farAway.select("#v" + moment + "-date").attr("value")).isEqualTo(today.plusYears(5).toString());
	}

	private MockHttpServletRequestBuilder arrangement(String path, String since, String endedOn) {
		return arrangement(path, since, endedOn, "Elke twee weken", "90");
	}

	private MockHttpServletRequestBuilder arrangement(String path, String since, String endedOn, String frequency,
			String minutes) {
		return post(path).param("child", child)
			.param("frequency", frequency)
			.param("minutes", minutes)
			.param("setBy", "COURT")
			.param("since", since)
			.param("endedOn", endedOn);
	}

	@Test
	void aNewArrangementEndsTheOldOneAndACorrectionKeepsWhatStoodBefore() throws Exception {
		assertThat(send(arrangement(contact + "/arrangements", today.minusMonths(6).toString(), ""), coordinator)
			.getRedirectedUrl()).isEqualTo(contact);
		UUID old = jdbc.queryForObject("SELECT id FROM contact_arrangement WHERE family_id = ?", UUID.class,
				family.id());
		assertThat(send(arrangement(contact + "/arrangements", today.minusDays(10).toString(), "").param("frequency",
				"Elke week"), coordinator)
			.getRedirectedUrl()).isEqualTo(contact);
		assertThat(jdbc.queryForObject("SELECT ended_on FROM contact_arrangement WHERE id = ?", LocalDate.class, old))
			.isEqualTo(today.minusDays(11));
		Document page = page(SignIn.as(mvc, family.parent()));
		assertThat(page.select(".arrangement--current").text()).contains("Elke week").contains("geldt nu");
		assertThat(page.select(".arrangement--ended").text()).contains("Elke twee weken").contains("afgelopen");

		// corrected: typed the wrong number of minutes
		String edit = contact + "/arrangements/" + old;
		assertThat(send(arrangement(edit, today.minusMonths(6).toString(), today.minusDays(11).toString(),
				"Elke twee weken", "120")
			.param("version", "1"), coordinator).getRedirectedUrl()).isEqualTo(contact);
		assertThat(page(coordinator).select(".arrangement--ended .history").text()).contains("90 minuten")
			.contains("aangepast door");
		// over someone else's change: not saved
		Document stale = Jsoup.parse(send(
				arrangement(edit, today.minusMonths(6).toString(), "", "Elke twee weken", "60").param("version", "1"),
				coordinator)
			.getContentAsString());
		assertThat(stale.select("[role=alert]").text()).contains("net veranderd");
		assertThat(jdbc.queryForObject("SELECT minutes FROM contact_arrangement WHERE id = ?", Integer.class, old))
			.isEqualTo(120);
	}

	@Test
	void anArrangementsDaysFarAwayOrBackwardsAreRefusedAtTheirField() throws Exception {
		Document farBack = Jsoup
			.parse(send(arrangement(contact + "/arrangements", "1926-03-01", ""), coordinator).getContentAsString());
		assertThat(farBack.select("#a-since-error").text()).contains("erg ver weg");
		assertThat(farBack.select("#a-since").attr("value")).isEqualTo("1926-03-01");
		Document farAhead = Jsoup
			.parse(send(arrangement(contact + "/arrangements", today.plusYears(3).toString(), ""), coordinator)
				.getContentAsString());
		assertThat(farAhead.select("#a-since-error").text()).contains("erg ver weg");
		Document backwards = Jsoup
			.parse(send(arrangement(contact + "/arrangements", today.toString(), today.minusDays(1).toString()),
					coordinator)
				.getContentAsString());
		assertThat(backwards.select("#a-endedOn-error").text()).contains("voor de begindatum");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_arrangement WHERE family_id = ?", Integer.class,
				family.id()))
			.isZero();
	}

	private static ContactMoment moment(UUID child, String at, Outcome outcome, CancelledBy by, Integer actual) {
		return new ContactMoment(UUID.randomUUID(), child, Instant.parse(at), 60, null, true, outcome, by, null, actual,
				null, null, 0, Instant.parse(at));
	}

}
