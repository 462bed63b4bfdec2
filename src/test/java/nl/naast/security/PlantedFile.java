package nl.naast.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.naast.family.FamilyFiles;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.meetings.CalendarFeeds;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;

/**
 * One family with something in every part of its file, and the address of each of its
 * things: the sweeps fill every route with real ids, so they reach the page, not the
 * not-found page.
 */
final class PlantedFile {

	final FamilyWithPeople family;

	final String carerId;

	final Fixtures.GoalWithStep goal;

	final UUID demand;

	final Fixtures.FamilyMeetings meetings;

	final Fixtures.StoryEntry story;

	final Fixtures.FamilyAnalysis analysis;

	final Fixtures.Reflection reflection;

	final Fixtures.LegalFile legal;

	final UUID theme;

	final String feed;

	final UUID trainingDate;

	final UUID trainingRequest;

	final String registration;

	PlantedFile(Fixtures fixtures, Accounts accounts, FamilyFiles files, CalendarFeeds feeds) {
		family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		carerId = accounts.actingAs(family.coordinator().id(),
				() -> files.overview(family.id()).family().carers().get(0).id().toString());
		goal = fixtures.goalWithStep(family);
		demand = fixtures.demand(family);
		meetings = fixtures.meetings(family);
		story = fixtures.storyEntry(family);
		analysis = fixtures.analysis(family);
		reflection = fixtures.reflection(family);
		legal = fixtures.legal(family);
		theme = fixtures.theme(fixtures.account(Role.MANAGER), Fixtures.unique("Toeslagen"));
		feed = accounts.actingAs(family.coordinator().id(), feeds::renew);
		trainingDate = fixtures.trainingDate(1000, 30);
		trainingRequest = fixtures.trainingRequest();
		registration = fixtures.trainingRegistration(trainingDate, "REGISTERED");
	}

	/** The route's path with the planted ids; an unknown kind of id gets a fresh one. */
	String path(String pattern) {
		String path = pattern.replace("{id}", family.id().toString())
			.replace("{memberId}", carerId)
			.replace("{token}", pattern.startsWith("/calendar/") ? feed : "an-unknown-invitation-token")
			.replace("{goalId}", goal.goalId().toString())
			.replace("{stepId}", goal.stepId().toString())
			.replace("{demandId}", demand.toString())
			.replace("{agreementId}", meetings.agreement().toString())
			.replace("{meetingId}", meetings.withFinalSummary().toString())
			.replace("{slug}", "ondertoezichtstelling")
			.replace("{entryId}", story.entryId().toString())
			.replace("{attachmentId}", story.attachmentId().toString())
			.replace("{versionId}", analysis.versionId().toString())
			.replace("{questionId}", analysis.questionId().toString())
			.replace("{possibilityId}", analysis.possibilityId().toString())
			.replace("{factorId}", analysis.factorId().toString())
			.replace("{linkId}", analysis.linkId().toString())
			.replace("{journalEntryId}", reflection.journalEntryId().toString())
			.replace("{sessionId}", reflection.sessionId().toString())
			.replace("{insightId}", reflection.insightId().toString())
			.replace("{momentId}", legal.momentId().toString())
			.replace("{measureId}", legal.measureId().toString())
			.replace("{eventId}", legal.eventId().toString())
			.replace("{themeId}", theme.toString())
			.replace("{trainingSlug}", "twijfel-als-gereedschap")
			.replace("{trainingId}", Fixtures.DOUBT_SESSION.toString())
			.replace("{dateId}", trainingDate.toString())
			.replace("{requestId}", trainingRequest.toString())
			.replace("{registrationToken}", registration);
		return path.replaceAll("\\{[^}]+\\}", UUID.randomUUID().toString());
	}

	/** Every route of the application as "METHOD /pattern", from the handler mapping. */
	static List<String> routes(RequestMappingHandlerMapping mappings) {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				methods.forEach(method -> routes.add(method + " " + pattern));
			}
		}
		routes.sort(null);
		return routes;
	}

}
