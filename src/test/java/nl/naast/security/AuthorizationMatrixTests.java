package nl.naast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.naast.family.FamilyFiles;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Every route of the application against every kind of person: anonymous, each role, and
 * for family routes the relationship with the family (its coordinator, a coordinator of
 * another family, its parent, another family's parent, its young person). A route that is
 * added without an expectation here fails the build. Every response is searched for the
 * marker planted in family A's file: only people related to family A may ever see it.
 */
@NaastTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	enum Actor {

		ANONYMOUS, COORDINATOR_OF_A, COORDINATOR_OF_B, PARENT_OF_A, PARENT_OF_B, YOUTH_OF_A, MEMBER_OF_A,
		MEMBER_WITH_PLAN_OF_A, PARTNER, MANAGER, ADMIN, TRAINER

	}

	/** People related to family A, who may see its file. */
	static final Set<Actor> FAMILY_A = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A, Actor.YOUTH_OF_A);

	static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);

	static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));

	static final Set<Actor> FAMILY_ROLES = EnumSet
		.complementOf(EnumSet.of(Actor.ANONYMOUS, Actor.ADMIN, Actor.TRAINER));

	static final Set<Actor> COORDINATORS = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.COORDINATOR_OF_B);

	/**
	 * Who may use each route; everyone else gets the not-found page (or the sign-in page
	 * when anonymous).
	 */
	static final Map<String, Set<Actor>> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("GET /login", EVERYONE);
		// choosing one's organisation for its own sign-in
		EXPECTED.put("GET /login/organisation", EVERYONE);
		EXPECTED.put("GET /password/forgot", EVERYONE);
		EXPECTED.put("POST /password/forgot", EVERYONE);
		EXPECTED.put("GET /password/choose", EVERYONE);
		EXPECTED.put("POST /password/choose", EVERYONE);
		EXPECTED.put("GET /", SIGNED_IN);
		// everyone's own account page and passkeys; the second sign-in step (with it
		// switched off here, it sends people on to the start page)
		EXPECTED.put("GET /account", SIGNED_IN);
		EXPECTED.put("POST /account/passkeys/remove", SIGNED_IN);
		EXPECTED.put("GET /login/code", SIGNED_IN);
		EXPECTED.put("POST /login/code", SIGNED_IN);
		EXPECTED.put("POST /login/code/new", SIGNED_IN);
		EXPECTED.put("GET /families", FAMILY_ROLES);
		EXPECTED.put("GET /families/new", COORDINATORS);
		EXPECTED.put("POST /families/new", COORDINATORS);
		EXPECTED.put("GET /families/{id}", FAMILY_A);
		EXPECTED.put("GET /families/{id}/edit", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/edit", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/members/{memberId}/access", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("GET /families/{id}/access-log", EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A));
		EXPECTED.put("GET /families/{id}/team", EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A, Actor.YOUTH_OF_A,
				Actor.MEMBER_OF_A, Actor.MEMBER_WITH_PLAN_OF_A));
		EXPECTED.put("POST /families/{id}/team/invitations", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/team/{membershipId}/decision", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/team/{membershipId}/consent", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/team/{membershipId}/paper-consent", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/team/{membershipId}/youth-view", EnumSet.of(Actor.YOUTH_OF_A));
		// without a closing summary nothing is closed: the form comes back with its
		// message
		EXPECTED.put("POST /families/{id}/team/closing", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/team/closing/words", EnumSet.of(Actor.PARENT_OF_A));
		// a member may end only their own membership; the target here is always someone
		// else's
		EXPECTED.put("POST /families/{id}/team/{membershipId}/end",
				EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A));
		Set<Actor> professionals = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.COORDINATOR_OF_B, Actor.MEMBER_OF_A,
				Actor.MEMBER_WITH_PLAN_OF_A, Actor.PARTNER);
		EXPECTED.put("GET /invitations/{token}", professionals);
		EXPECTED.put("POST /invitations/{token}", professionals);
		Set<Actor> planShapers = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A);
		Set<Actor> planReaders = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A, Actor.YOUTH_OF_A,
				Actor.MEMBER_WITH_PLAN_OF_A);
		EXPECTED.put("GET /families/{id}/plan", planReaders);
		// a young person writes goals of their own; a team member with consent for the
		// plan gets the form back
		// with "the goals are the family's"
		EXPECTED.put("POST /families/{id}/plan/goals", planReaders);
		EXPECTED.put("POST /families/{id}/plan/goals/{goalId}/adjust", planShapers);
		EXPECTED.put("POST /families/{id}/plan/goals/{goalId}/status", planShapers);
		EXPECTED.put("POST /families/{id}/plan/goals/{goalId}/agree", EnumSet.of(Actor.PARENT_OF_A));
		// a team member with consent for the plan proposes steps
		EXPECTED.put("POST /families/{id}/plan/goals/{goalId}/steps",
				EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A, Actor.MEMBER_WITH_PLAN_OF_A));
		EXPECTED.put("POST /families/{id}/plan/steps/{stepId}/status", planShapers);
		EXPECTED.put("POST /families/{id}/plan/steps/{stepId}/proposal", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/plan/steps/{stepId}/move", planShapers);
		Set<Actor> demandShapers = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A);
		EXPECTED.put("GET /families/{id}/demands", demandShapers);
		EXPECTED.put("POST /families/{id}/demands", demandShapers);
		EXPECTED.put("POST /families/{id}/demands/{demandId}/done", demandShapers);
		// withdrawn only by the asker (here the coordinator recorded it)
		EXPECTED.put("POST /families/{id}/demands/{demandId}/withdraw", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/demands/{demandId}/mark", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/demands/{demandId}/change", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("POST /families/{id}/demands/{demandId}/contradiction", demandShapers);
		EXPECTED.put("POST /families/{id}/demands/contradictions/{contradictionId}/resolve", demandShapers);
		Set<Actor> meetingReaders = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A);
		Set<Actor> coordinatorOfA = EnumSet.of(Actor.COORDINATOR_OF_A);
		Set<Actor> parentOfA = EnumSet.of(Actor.PARENT_OF_A);
		EXPECTED.put("GET /families/{id}/meetings", meetingReaders);
		EXPECTED.put("POST /families/{id}/meetings", meetingReaders);
		EXPECTED.put("GET /families/{id}/meetings/{meetingId}", meetingReaders);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/details", meetingReaders);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/cancel", meetingReaders);
		EXPECTED.put("GET /families/{id}/meetings/{meetingId}/print", meetingReaders);
		EXPECTED.put("GET /families/{id}/meetings/{meetingId}/calendar.ics", meetingReaders);
		// before the meeting: the parent prepares, the coordinator says what to expect
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/preparation", parentOfA);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/guidance", coordinatorOfA);
		// afterwards: who went along writes the summary and the agreements
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/summary", coordinatorOfA);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/agreements", coordinatorOfA);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/agreements/{agreementId}/step", coordinatorOfA);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/agreements/{agreementId}/demand", coordinatorOfA);
		// and the parent writes their own account, corrects the summary and says whether
		// it helped
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/own-account", parentOfA);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/corrections", parentOfA);
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/feedback", parentOfA);
		// steam off: the parents and the coordinator, nobody else
		EXPECTED.put("POST /families/{id}/meetings/{meetingId}/private-notes", meetingReaders);
		EXPECTED.put("GET /meetings/week", COORDINATORS);
		EXPECTED.put("GET /meetings/calendar", COORDINATORS);
		// a calendar app reads a live feed without signing in; it holds no family data
		// beyond initials, times and places
		EXPECTED.put("GET /calendar/{token}", EVERYONE);
		EXPECTED.put("POST /meetings/calendar", COORDINATORS);
		EXPECTED.put("POST /meetings/calendar/revoke", COORDINATORS);
		Set<Actor> storyWriters = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A);
		EXPECTED.put("GET /families/{id}/story", storyWriters);
		EXPECTED.put("POST /families/{id}/story", storyWriters);
		EXPECTED.put("POST /families/{id}/story/{entryId}/responses", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/story/{entryId}/attachments", storyWriters);
		EXPECTED.put("GET /families/{id}/story/attachments/{attachmentId}", storyWriters);
		EXPECTED.put("GET /families/{id}/story/pdf", storyWriters);
		EXPECTED.put("GET /families/{id}/story/analysis", storyWriters);
		EXPECTED.put("GET /families/{id}/story/analysis/versions/{versionId}", storyWriters);
		for (String add : List.of("factors", "factors/{factorId}/evidence", "links", "questions", "possibilities",
				"explanation")) {
			EXPECTED.put("POST /families/{id}/story/analysis/" + add, storyWriters);
		}
		// removing and deciding: the parents and the coordinator; the targets here are
		// fresh each time
		for (String change : List.of("factors/{factorId}/remove", "links/{linkId}/remove", "questions/{questionId}",
				"possibilities/{possibilityId}/goal", "versions")) {
			EXPECTED.put("POST /families/{id}/story/analysis/" + change, storyWriters);
		}
		Set<Actor> journeyKeepers = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A);
		EXPECTED.put("GET /families/{id}/journey", journeyKeepers);
		EXPECTED.put("POST /families/{id}/journey/entries", journeyKeepers);
		EXPECTED.put("POST /families/{id}/journey/mood", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/journey/ratings", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("POST /families/{id}/journey/notices/{noticeId}/response", EnumSet.of(Actor.COORDINATOR_OF_A));
		EXPECTED.put("GET /journey/me", EnumSet.of(Actor.COORDINATOR_OF_A, Actor.COORDINATOR_OF_B, Actor.MEMBER_OF_A,
				Actor.MEMBER_WITH_PLAN_OF_A, Actor.PARTNER));
		EXPECTED.put("GET /journey/trends", EnumSet.of(Actor.MANAGER));
		// reflection is for professionals; a journal entry, a session and changing an
		// insight only for its author or participants (here coordinator A and a colleague
		// who is none of these actors)
		Set<Actor> reflecting = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.COORDINATOR_OF_B, Actor.MEMBER_OF_A,
				Actor.MEMBER_WITH_PLAN_OF_A, Actor.PARTNER, Actor.MANAGER);
		for (String route : List.of("GET /reflection", "POST /reflection/journal", "GET /reflection/intervision",
				"POST /reflection/intervision/questions", "POST /reflection/intervision/sessions",
				"GET /reflection/insights", "GET /reflection/insights/new", "POST /reflection/insights",
				"GET /reflection/insights/{insightId}", "POST /reflection/insights/{insightId}/comments",
				"POST /reflection/insights/{insightId}/mark")) {
			EXPECTED.put(route, reflecting);
		}
		for (String route : List.of("GET /reflection/journal/{journalEntryId}",
				"POST /reflection/journal/{journalEntryId}", "POST /reflection/journal/{journalEntryId}/delete",
				"GET /reflection/intervision/sessions/{sessionId}", "POST /reflection/intervision/sessions/{sessionId}",
				"POST /reflection/intervision/sessions/{sessionId}/questions",
				"GET /reflection/insights/{insightId}/edit", "POST /reflection/insights/{insightId}")) {
			EXPECTED.put(route, coordinatorOfA);
		}
		// barriers: professionals record their own; team managers see the team's, without
		// any family, and alone make themes and exports
		Set<Actor> signalReaders = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.COORDINATOR_OF_B, Actor.MEMBER_OF_A,
				Actor.MEMBER_WITH_PLAN_OF_A, Actor.PARTNER, Actor.MANAGER);
		Set<Actor> manager = EnumSet.of(Actor.MANAGER);
		EXPECTED.put("GET /signals", signalReaders);
		EXPECTED.put("POST /signals", EnumSet.of(Actor.COORDINATOR_OF_A, Actor.COORDINATOR_OF_B, Actor.MEMBER_OF_A,
				Actor.MEMBER_WITH_PLAN_OF_A, Actor.PARTNER));
		EXPECTED.put("POST /signals/themes", manager);
		EXPECTED.put("POST /signals/{signalId}/theme", manager);
		EXPECTED.put("GET /signals/themes/{themeId}", manager);
		EXPECTED.put("POST /signals/themes/{themeId}/action", manager);
		EXPECTED.put("POST /signals/themes/{themeId}/rename", manager);
		EXPECTED.put("POST /signals/themes/{themeId}/barriers/{signalId}/remove", manager);
		EXPECTED.put("GET /signals/themes/export.csv", manager);
		EXPECTED.put("GET /signals/themes/export.json", manager);
		// the managers' overview: figures only
		EXPECTED.put("GET /reports", manager);
		// break the glass: managers find a family and open it (an empty form comes back
		// with its messages); closing needs an open emergency access, which the variant
		// test below has; managers and administrators review (an empty review comes back)
		EXPECTED.put("GET /emergency", manager);
		EXPECTED.put("GET /families/{id}/emergency", manager);
		EXPECTED.put("POST /families/{id}/emergency", manager);
		EXPECTED.put("POST /families/{id}/emergency/end", EnumSet.noneOf(Actor.class));
		EXPECTED.put("GET /emergency-reviews", EnumSet.of(Actor.MANAGER, Actor.ADMIN));
		EXPECTED.put("POST /emergency-reviews/{emergencyId}", EnumSet.of(Actor.MANAGER, Actor.ADMIN));
		// the court's decisions, deadlines and contact: the parents and the coordinator,
		// and team members the family opened them to
		Set<Actor> legalKeepers = EnumSet.of(Actor.COORDINATOR_OF_A, Actor.PARENT_OF_A);
		for (String route : List.of("GET /families/{id}/legal", "POST /families/{id}/legal/measures",
				"GET /families/{id}/legal/measures/{measureId}", "POST /families/{id}/legal/measures/{measureId}",
				"POST /families/{id}/legal/measures/{measureId}/document",
				"GET /families/{id}/legal/measures/{measureId}/document", "POST /families/{id}/legal/events",
				"GET /families/{id}/legal/events/{eventId}", "POST /families/{id}/legal/events/{eventId}",
				"POST /families/{id}/legal/events/{eventId}/done", "GET /families/{id}/contact",
				"POST /families/{id}/contact/arrangements", "POST /families/{id}/contact/moments",
				"POST /families/{id}/contact/moments/{momentId}",
				"POST /families/{id}/contact/arrangements/{arrangementId}",
				"POST /families/{id}/contact/moments/{momentId}/move",
				"POST /families/{id}/contact/moments/{momentId}/remove")) {
			EXPECTED.put(route, legalKeepers);
		}
		// removing a measure or deadline stops the coordinator's reminders: the
		// coordinator's
		EXPECTED.put("POST /families/{id}/legal/measures/{measureId}/delete", coordinatorOfA);
		EXPECTED.put("POST /families/{id}/legal/events/{eventId}/delete", coordinatorOfA);
		// parents choose their own reminders
		EXPECTED.put("POST /families/{id}/legal/reminders", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("GET /legal/deadlines", COORDINATORS);
		// the glossary is public; administrators keep it
		EXPECTED.put("GET /glossary", EVERYONE);
		EXPECTED.put("GET /glossary/{slug}", EVERYONE);
		EXPECTED.put("GET /admin/glossary", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/glossary", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/glossary/{slug}", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/glossary/{slug}", EnumSet.of(Actor.ADMIN));
		// the readability meter and the letter check are for professionals
		EXPECTED.put("GET /language/check", professionals);
		EXPECTED.put("POST /language/check", professionals);
		EXPECTED.put("POST /language/meter", professionals);
		EXPECTED.put("GET /admin", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/accounts", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/accounts", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/accounts/enabled", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/organisations", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/organisations", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/organisations/{organisationId}/sign-in", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/organisations/{organisationId}/sign-in", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/families", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/families/assign", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/families/unassign", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/audit", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/audit", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /admin/outbox", EnumSet.of(Actor.ADMIN));
		// retention and erasure: the family sees and (a parent) asks; someone else
		// decides: an administrator, or the coordinator's manager (MANAGER is in
		// coordinator A's organisation)
		EXPECTED.put("GET /admin/retention", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("GET /families/{id}/erasure", FAMILY_A);
		EXPECTED.put("POST /families/{id}/erasure", EnumSet.of(Actor.PARENT_OF_A));
		EXPECTED.put("GET /erasure-requests", EnumSet.of(Actor.ADMIN, Actor.MANAGER));
		EXPECTED.put("POST /erasure-requests/{erasureRequestId}/decision", EnumSet.of(Actor.ADMIN, Actor.MANAGER));
		// everyone signed in has notifications; only its recipient opens one (here
		// coordinator A's)
		EXPECTED.put("GET /notifications", SIGNED_IN);
		EXPECTED.put("POST /notifications/read", SIGNED_IN);
		EXPECTED.put("POST /notifications/{notificationId}/read", coordinatorOfA);
		EXPECTED.put("GET /notifications/settings", SIGNED_IN);
		EXPECTED.put("POST /notifications/settings", SIGNED_IN);
		// mail that failed: administrators send it again or let it go (a fresh one each
		// time)
		EXPECTED.put("GET /admin/notifications", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/notifications/{mailId}/retry", EnumSet.of(Actor.ADMIN));
		EXPECTED.put("POST /admin/notifications/{mailId}/discard", EnumSet.of(Actor.ADMIN));
		// the trainings catalogue, registration, the cancel link and custom requests are
		// public; administrators and trainers manage them
		for (String route : List.of("GET /trainings", "GET /trainings/{trainingSlug}",
				"POST /trainings/dates/{dateId}/registrations", "GET /trainings/registrations/{registrationToken}",
				"POST /trainings/registrations/{registrationToken}/cancel", "GET /trainings/request",
				"POST /trainings/request")) {
			EXPECTED.put(route, EVERYONE);
		}
		Set<Actor> trainers = EnumSet.of(Actor.ADMIN, Actor.TRAINER);
		for (String route : List.of("GET /admin/trainings", "GET /admin/trainings/sessions/new",
				"POST /admin/trainings/sessions/new", "GET /admin/trainings/sessions/{trainingId}",
				"POST /admin/trainings/sessions/{trainingId}", "GET /admin/trainings/sessions/{trainingId}/dates/new",
				"POST /admin/trainings/sessions/{trainingId}/dates/new", "GET /admin/trainings/dates/{dateId}",
				"GET /admin/trainings/dates/{dateId}/edit", "POST /admin/trainings/dates/{dateId}/edit",
				"GET /admin/trainings/dates/{dateId}/attendees.csv", "POST /admin/trainings/dates/{dateId}/attendance",
				"POST /admin/trainings/dates/{dateId}/message", "GET /admin/trainings/requests",
				"POST /admin/trainings/requests/{requestId}")) {
			EXPECTED.put(route, trainers);
		}
		// my data: the family's own people and its coordinator see and download it; the
		// family asks for corrections, the coordinator answers them
		EXPECTED.put("GET /families/{id}/my-data", FAMILY_A);
		EXPECTED.put("GET /families/{id}/my-data/export.json", FAMILY_A);
		EXPECTED.put("GET /families/{id}/my-data/export.pdf", FAMILY_A);
		EXPECTED.put("POST /families/{id}/my-data/requests", EnumSet.of(Actor.PARENT_OF_A, Actor.YOUTH_OF_A));
		EXPECTED.put("POST /families/{id}/my-data/requests/{rectificationId}", EnumSet.of(Actor.COORDINATOR_OF_A));
		// the error page is rendered for everyone, and shows nothing of anyone
		EXPECTED.put("GET /error", EVERYONE);
		// one's own account; ending the other sessions keeps this one signed in
		EXPECTED.put("GET /account", SIGNED_IN);
		EXPECTED.put("POST /account/sessions/end", SIGNED_IN);
	}

	/**
	 * What a manager with an open emergency access to family A reads: every page of the
	 * file its coordinator reads, except forms for changing it.
	 */
	static final Set<String> EMERGENCY_READS = EXPECTED.entrySet()
		.stream()
		.filter(e -> e.getKey().startsWith("GET /families/{id}") && e.getValue().contains(Actor.COORDINATOR_OF_A))
		.map(Map.Entry::getKey)
		.filter(route -> !route.endsWith("/edit"))
		// an emergency is a look at the file, never a copy of it
		.filter(route -> !route.contains("/export."))
		.collect(java.util.stream.Collectors.toCollection(TreeSet::new));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	FamilyFiles files;

	@Autowired
	nl.naast.meetings.CalendarFeeds feeds;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	FamilyWithPeople familyA;

	FamilyWithPeople familyB;

	FamilyWithPeople familyC;

	AccountSummary throwaway;

	Fixtures.GoalWithStep goalOfA;

	UUID demandOfA;

	Fixtures.FamilyMeetings meetingsOfA;

	Fixtures.StoryEntry storyOfA;

	Fixtures.FamilyAnalysis analysisOfA;

	UUID noticeOfA;

	UUID barrierOfA;

	UUID theme;

	String feedOfA;

	UUID notificationOfA;

	Fixtures.Reflection reflectionOfA;

	Fixtures.LegalFile legalOfA;

	UUID trainingDate;

	UUID trainingRequest;

	UUID rectificationOfA;

	/** Old measures to remove do not overlap: one per year. */
	int oldMeasures;

	final Map<Actor, MockHttpSession> sessions = new LinkedHashMap<>();

	/** Another manager's emergency access to family C, for the review routes. */
	UUID emergencyOfC;

	@Autowired
	nl.naast.access.EmergencyAccess emergencies;

	@BeforeAll
	void plantFamiliesAndSignEveryoneIn() throws Exception {
		familyA = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		familyB = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		familyC = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		throwaway = fixtures.account(Role.PARTNER);
		goalOfA = fixtures.goalWithStep(familyA);
		demandOfA = fixtures.demand(familyA);
		meetingsOfA = fixtures.meetings(familyA);
		storyOfA = fixtures.storyEntry(familyA);
		analysisOfA = fixtures.analysis(familyA);
		noticeOfA = fixtures.lowRating(familyA);
		reflectionOfA = fixtures.reflection(familyA);
		legalOfA = fixtures.legal(familyA);
		rectificationOfA = fixtures.rectification(familyA);
		barrierOfA = fixtures.barrier(familyA.coordinator(), familyA, "Het formulier kwam drie keer terug.");
		theme = fixtures.theme(fixtures.account(Role.MANAGER), Fixtures.unique("Toeslagen"));
		feedOfA = accounts.actingAs(familyA.coordinator().id(), feeds::renew);
		notificationOfA = notificationFor(familyA.coordinator());
		sessions.put(Actor.COORDINATOR_OF_A, SignIn.as(mvc, familyA.coordinator()));
		sessions.put(Actor.COORDINATOR_OF_B, SignIn.as(mvc, familyB.coordinator()));
		sessions.put(Actor.PARENT_OF_A, SignIn.as(mvc, familyA.parent()));
		sessions.put(Actor.PARENT_OF_B, SignIn.as(mvc, familyB.parent()));
		sessions.put(Actor.YOUTH_OF_A, SignIn.as(mvc, familyA.youth()));
		sessions.put(Actor.MEMBER_OF_A, SignIn.as(mvc, fixtures.teamMember(familyA).account()));
		Fixtures.TeamMember withPlan = fixtures.teamMember(familyA);
		fixtures.consent(familyA, withPlan, nl.naast.access.FilePart.PLAN);
		sessions.put(Actor.MEMBER_WITH_PLAN_OF_A, SignIn.as(mvc, withPlan.account()));
		sessions.put(Actor.PARTNER, SignIn.as(mvc, fixtures.account(Role.PARTNER)));
		sessions.put(Actor.MANAGER, SignIn.as(mvc, managerOfCoordinatorA()));
		sessions.put(Actor.ADMIN, SignIn.as(mvc, fixtures.account(Role.ADMIN)));
		sessions.put(Actor.TRAINER, SignIn.as(mvc, fixtures.account(Role.TRAINER)));
		// room for every actor's empty registration, which comes back with its messages
		trainingDate = fixtures.trainingDate(100, 30);
		trainingRequest = fixtures.trainingRequest();
		AccountSummary colleague = fixtures.account(Role.MANAGER);
		emergencyOfC = openInAnEmergency(colleague, familyC);
		// managers review the uses of their own organisation's managers: the colleague
		// joins the MANAGER actor's organisation
		jdbc.update(
				"UPDATE account SET organisation_id = (SELECT organisation_id FROM account WHERE id = ?) WHERE id = ?",
				familyA.coordinator().id(), colleague.id());
	}

	/**
	 * A team manager in the organisation of family A's coordinator: the one who may open
	 * family A in an emergency.
	 */
	@Autowired
	nl.naast.identity.Organisations organisations;

	private UUID organisation;

	private UUID organisation() {
		if (organisation == null) {
			organisation = organisations
				.create(Fixtures.unique("Organisatie"), nl.naast.identity.OrganisationKind.CHILD_PROTECTION_AGENCY)
				.id();
		}
		return organisation;
	}

	private AccountSummary managerOfCoordinatorA() {
		AccountSummary manager = fixtures.account(Role.MANAGER);
		jdbc.update(
				"UPDATE account SET organisation_id = (SELECT organisation_id FROM account WHERE id = ?) WHERE id = ?",
				familyA.coordinator().id(), manager.id());
		return manager;
	}

	/** As the emergency form does once reason and password are checked. */
	private UUID openInAnEmergency(AccountSummary manager, FamilyWithPeople family) {
		return accounts.actingAs(manager.id(),
				() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
					.execute(status -> emergencies.open(family.id(), "Kind mogelijk in gevaar, niemand bereikbaar.", 30)
						.session()
						.id()));
	}

	/**
	 * The manager variant: with an open emergency access to family A a manager reads its
	 * file, and only that: every change is refused, family B stays closed, and every read
	 * is tagged.
	 */
	@Test
	void aManagerInAnEmergencyReadsFamilyAAndChangesNothing() throws Exception {
		AccountSummary manager = managerOfCoordinatorA();
		UUID emergency = openInAnEmergency(manager, familyA);
		MockHttpSession session = SignIn.as(mvc, manager);
		List<String> deviations = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		Set<String> existing = new TreeSet<>(routes());
		for (var route : EXPECTED.entrySet()) {
			String key = route.getKey();
			if (!existing.contains(key) || !key.contains(" /families/{id}") || key.contains("/emergency")) {
				continue;
			}
			checked.add(key);
			MvcResult result = mvc.perform(requestFor(key, Actor.MANAGER).session(session)).andReturn();
			int status = result.getResponse().getStatus();
			boolean reads = EMERGENCY_READS.contains(key);
			if (reads && status != 200) {
				deviations.add(key + ": " + status + " but should be readable in an emergency");
			}
			if (!reads && status != 404) {
				deviations.add(key + ": " + status + " but should be 404 in an emergency");
			}
			if (result.getResponse().getContentAsString().contains(familyB.marker())) {
				deviations.add(key + " shows family B's data");
			}
		}
		assertThat(deviations).isEmpty();
		assertThat(checked).containsAll(EMERGENCY_READS).contains("POST /families/{id}/edit");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE actor_account_id = ? AND outcome = 'ALLOWED' AND action IN ('VIEW', 'LIST') AND (reason IS NULL OR reason NOT LIKE ?)",
				Integer.class, manager.id(), "EMERGENCY btg=" + emergency + "; ETREAT%"))
			.isZero();
	}

	private List<String> routes() {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				methods.forEach(method -> routes.add(method + " " + pattern));
			}
		}
		return routes;
	}

	@Test
	void everyRouteHasAnExpectationForEveryone() {
		Set<String> missing = new TreeSet<>(routes());
		missing.removeAll(EXPECTED.keySet());
		assertThat(missing).as("routes without an authorization expectation").isEmpty();
	}

	@Test
	void everyoneGetsExactlyWhatTheMatrixSaysAndNobodyElseSeesFamilyA() throws Exception {
		List<String> deviations = new ArrayList<>();
		Set<String> existing = new TreeSet<>(routes());
		for (var route : EXPECTED.entrySet()) {
			if (!existing.contains(route.getKey())) {
				continue; // e.g. the demo outbox, which exists only when mail goes to the
							// outbox
			}
			for (Actor actor : Actor.values()) {
				MvcResult result = mvc.perform(requestFor(route.getKey(), actor)).andReturn();
				int status = result.getResponse().getStatus();
				String body = result.getResponse().getContentAsString();
				String redirect = result.getResponse().getRedirectedUrl();
				boolean allowed = route.getValue().contains(actor);
				String where = route.getKey() + " as " + actor + ": " + status;
				if (allowed && (status == 403 || status == 404 || status == 401)) {
					deviations.add(where + " but should be allowed");
				}
				if (!allowed && actor == Actor.ANONYMOUS && !(status == 302 && redirect.endsWith("/login"))) {
					deviations.add(where + " but should go to the sign-in page");
				}
				if (!allowed && actor != Actor.ANONYMOUS && status != 404) {
					deviations.add(where + " but should be 404");
				}
				// the plan names the family's members, for whoever may read the plan
				boolean mayReadPlan = route.getKey().contains("/plan") && allowed;
				if (!FAMILY_A.contains(actor) && !mayReadPlan && body.contains(familyA.marker())) {
					deviations.add(where + " and shows family A's data");
				}
				if (actor != Actor.COORDINATOR_OF_B && actor != Actor.PARENT_OF_B && body.contains(familyB.marker())) {
					deviations.add(where + " and shows family B's data");
				}
			}
		}
		assertThat(deviations).isEmpty();
	}

	@Test
	void withdrawingConsentClosesThePlanOnTheMembersNextRequestInTheSameSession() throws Exception {
		Fixtures.TeamMember member = fixtures.teamMember(familyA);
		MockHttpSession session = SignIn.as(mvc, member.account());
		String plan = "/families/" + familyA.id() + "/plan";
		assertThat(mvc.perform(get(plan).session(session)).andReturn().getResponse().getStatus()).isEqualTo(404);
		fixtures.consent(familyA, member, nl.naast.access.FilePart.PLAN);
		assertThat(mvc.perform(get(plan).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		fixtures.consent(familyA, member);
		MvcResult after = mvc.perform(get(plan).session(session)).andReturn();
		assertThat(after.getResponse().getStatus()).isEqualTo(404);
		assertThat(after.getResponse().getContentAsString()).doesNotContain(familyA.marker());
	}

	@Test
	void relatedPeopleReallySeeFamilyA() throws Exception {
		for (Actor actor : FAMILY_A) {
			String body = mvc.perform(requestFor("GET /families/{id}", actor))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(actor.name()).contains(familyA.marker());
		}
	}

	/** As another module would notify: an event, stored after its commit. */
	private UUID notificationFor(AccountSummary recipient) {
		String key = Fixtures.unique("matrix");
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new nl.naast.notifications.NotificationDue(recipient.id(),
						nl.naast.notifications.NotificationKind.DEADLINE, "team.title.professional",
						List.of("een gezin"), "/families", key)));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", Integer.class,
					key) == 1);
		return jdbc.queryForObject("SELECT id FROM notification WHERE dedupe_key = ?", UUID.class, key);
	}

	/** A notification mail that failed every attempt, as the dispatcher leaves it. */
	private UUID failedMail() {
		UUID id = UUID.randomUUID();
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		jdbc.update("INSERT INTO notification_mail (id, notification_id, kind, recipient, subject, body, status, "
				+ "attempts, next_attempt_at, last_attempt_at, last_error, created_at) "
				+ "VALUES (?, ?, 'DEADLINE', ?, 'Er nadert een termijn', 'Log in', 'FAILED', 6, ?, ?, '421', ?)", id,
				notificationOfA, familyA.coordinator().email(), now, now, now);
		return id;
	}

	private MockHttpServletRequestBuilder requestFor(String route, Actor actor) {
		String[] parts = route.split(" ", 2);
		String carerId = accounts.actingAs(familyA.coordinator().id(),
				() -> files.overview(familyA.id()).family().carers().get(0).id().toString());
		String path = parts[1].replace("{id}", familyA.id().toString())
			.replace("{memberId}", carerId)
			.replace("{token}", parts[1].startsWith("/calendar/") ? feedOfA : "an-unknown-invitation-token")
			.replace("{goalId}", goalOfA.goalId().toString())
			.replace("{demandId}", demandOfA.toString())
			.replace("{contradictionId}", UUID.randomUUID().toString())
			.replace("{agreementId}", meetingsOfA.agreement().toString())
			.replace("{slug}", "ondertoezichtstelling")
			.replace("{entryId}", storyOfA.entryId().toString())
			.replace("{attachmentId}", storyOfA.attachmentId().toString())
			.replace("{versionId}", analysisOfA.versionId().toString())
			.replace("{questionId}", analysisOfA.questionId().toString())
			.replace("{possibilityId}", analysisOfA.possibilityId().toString())
			.replace("{noticeId}", noticeOfA.toString())
			.replace("{journalEntryId}",
					(parts[1].endsWith("/delete") ? fixtures.journalEntry(familyA.coordinator())
							: reflectionOfA.journalEntryId())
						.toString())
			.replace("{sessionId}", reflectionOfA.sessionId().toString())
			.replace("{momentId}", legalOfA.momentId().toString())
			.replace("{arrangementId}", legalOfA.arrangementId().toString())
			.replace("{rectificationId}", rectificationOfA.toString())
			.replace("{insightId}", reflectionOfA.insightId().toString())
			.replace("{signalId}", barrierOfA.toString())
			.replace("{themeId}", theme.toString())
			.replace("{notificationId}", notificationOfA.toString())
			.replace("{trainingSlug}", "twijfel-als-gereedschap")
			.replace("{trainingId}", Fixtures.DOUBT_SESSION.toString())
			.replace("{dateId}", trainingDate.toString())
			.replace("{requestId}", trainingRequest.toString())
			.replace("{organisationId}", organisation().toString());
		if (path.contains("{erasureRequestId}")) {
			// deciding changes the request: a fresh one each time, asked by parent A
			UUID erasure = UUID.randomUUID();
			jdbc.update(
					"INSERT INTO erasure_request (id, family_id, requested_by, requested_at, status, version) "
							+ "VALUES (?, ?, ?, CURRENT_TIMESTAMP, 'REQUESTED', 0)",
					erasure, familyA.id(), familyA.parent().id());
			path = path.replace("{erasureRequestId}", erasure.toString());
		}
		if (path.contains("{registrationToken}")) {
			// cancelling changes the registration: a fresh one each time
			path = path.replace("{registrationToken}", fixtures.trainingRegistration(trainingDate, "REGISTERED"));
		}
		if (path.contains("{emergencyId}")) {
			path = path.replace("{emergencyId}", emergencyOfC.toString());
		}
		if (path.contains("{mailId}")) {
			// retrying or discarding changes the mail: a fresh failed one each time
			path = path.replace("{mailId}", failedMail().toString());
		}
		boolean removing = parts[1].endsWith("/delete");
		// removing needs something still there: a fresh measure or event each time
		if (path.contains("{measureId}")) {
			path = path.replace("{measureId}",
					(removing
							? fixtures.measure(familyA,
									java.time.LocalDate.of(2008, 1, 1).plusYears(oldMeasures++).toString())
							: legalOfA.measureId())
						.toString());
		}
		if (path.contains("{eventId}")) {
			path = path.replace("{eventId}", (removing ? fixtures.event(familyA) : legalOfA.eventId()).toString());
		}
		if (path.contains("{factorId}") || path.contains("{linkId}")) {
			// removing needs something still there: a fresh analysis part each time
			Fixtures.FamilyAnalysis fresh = path.contains("remove") ? fixtures.analysis(familyA) : analysisOfA;
			path = path.replace("{factorId}", fresh.factorId().toString())
				.replace("{linkId}", fresh.linkId().toString());
		}
		if (path.contains("{meetingId}")) {
			// each action on a meeting at the moment it is meant for
			UUID meeting = path.endsWith("/preparation") || path.endsWith("/guidance") ? meetingsOfA.upcoming()
					: path.endsWith("/summary") ? meetingsOfA.withDraftSummary() : meetingsOfA.withFinalSummary();
			path = path.replace("{meetingId}", meeting.toString());
		}
		if (path.contains("{stepId}")) {
			UUID step = path.endsWith("/proposal") ? fixtures.proposedStep(familyA, goalOfA.goalId())
					: goalOfA.stepId();
			path = path.replace("{stepId}", step.toString());
		}
		if (path.contains("{membershipId}")) {
			// every attempt gets a fresh membership in the state its action needs
			UUID membership = path.endsWith("/decision") ? fixtures.acceptedInvitation(familyA)
					: fixtures.teamMember(familyA).membershipId();
			path = path.replace("{membershipId}", membership.toString());
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path);
		if (parts[0].equals("POST")) {
			request.with(csrf());
			// parameters that make administrative posts meaningful; they touch family C
			// and a throwaway account only
			request.param("family", familyC.id().toString())
				.param("coordinator", familyB.coordinator().id().toString())
				.param("account", throwaway.id().toString())
				.param("enabled", "true")
				.param("agree", "true")
				.param("answer", "decline")
				.param("status", "OPEN")
				.param("direction", "up")
				.param("accept", "true")
				.param("section", "SAID");
		}
		MockHttpSession session = sessions.get(actor);
		return session == null ? request : request.session(session);
	}

}
