package nl.naast.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyForm;
import nl.naast.family.FamilyView;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.demands.DemandForm;
import nl.naast.demands.Demands;
import nl.naast.journey.Journeys;
import nl.naast.meetings.Forms;
import nl.naast.meetings.MeetingForm;
import nl.naast.meetings.Meetings;
import nl.naast.plan.GoalForm;
import nl.naast.story.Analyses;
import nl.naast.story.EntryForm;
import nl.naast.story.Stories;
import nl.naast.plan.Plans;
import nl.naast.plan.StepForm;
import nl.naast.team.InvitationForm;
import nl.naast.team.Teams;

/**
 * Builds people and families through Naast's own public API, as a person would. Every
 * name carries a unique marker, so a test can search any response for another family's
 * data.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final Accounts accounts;

	private final FamilyFiles families;

	private final Teams teams;

	private final JdbcTemplate jdbc;

	private final Plans plans;

	private final Demands demands;

	private final Meetings meetings;

	private final Stories stories;

	private final Analyses analyses;

	private final Journeys journeys;

	private final nl.naast.reflection.DoubtJournal journal;

	private final nl.naast.reflection.Intervision intervision;

	private final nl.naast.reflection.InsightLibrary insights;

	private final nl.naast.signals.Signals signals;

	private final nl.naast.legal.Legal legal;

	private final nl.naast.legal.Contacts contacts;

	@org.springframework.beans.factory.annotation.Autowired
	private nl.naast.privacy.MyData myData;

	public Fixtures(Accounts accounts, FamilyFiles families, Teams teams, Plans plans, Demands demands,
			Meetings meetings, Stories stories, Analyses analyses, Journeys journeys,
			nl.naast.reflection.DoubtJournal journal, nl.naast.reflection.Intervision intervision,
			nl.naast.reflection.InsightLibrary insights, nl.naast.signals.Signals signals, nl.naast.legal.Legal legal,
			nl.naast.legal.Contacts contacts, JdbcTemplate jdbc) {
		this.legal = legal;
		this.contacts = contacts;
		this.signals = signals;
		this.journal = journal;
		this.intervision = intervision;
		this.insights = insights;
		this.journeys = journeys;
		this.analyses = analyses;
		this.meetings = meetings;
		this.stories = stories;
		this.plans = plans;
		this.demands = demands;
		this.accounts = accounts;
		this.families = families;
		this.teams = teams;
		this.jdbc = jdbc;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public AccountSummary account(Role role) {
		String name = unique(role.name().toLowerCase());
		return accounts.createWithPassword(name + "@naast.test", "Person " + name, role, null, PASSWORD);
	}

	/**
	 * A family with two children in foster care, registered by the coordinator, with a
	 * parent and a young person (14) who have their own access. The marker is in every
	 * part of the file except the family's name, which administrators may see.
	 */
	public FamilyWithPeople withTwoChildrenInFosterCare(AccountSummary coordinator) {
		String marker = unique("MARKER");
		AccountSummary parent = account(Role.PARENT);
		AccountSummary youth = account(Role.YOUTH);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Gezin " + unique("Fam"));
		fields.put("carers[0].name", "Ouder " + marker);
		fields.put("carers[0].email", parent.email());
		fields.put("children[0].name", "Jongere " + marker);
		fields.put("children[0].birthDate", "2012-05-14");
		fields.put("children[0].living", "FOSTER_CARE");
		fields.put("children[0].email", youth.email());
		fields.put("children[1].name", "Broertje " + marker);
		fields.put("children[1].birthDate", "2018-02-03");
		fields.put("children[1].living", "FOSTER_CARE");
		fields.put("strengths", "Kracht " + marker);
		fields.put("concerns", "Zorg " + marker);
		UUID familyId = accounts.actingAs(coordinator.id(), () -> {
			UUID id = register(fields);
			FamilyView view = families.overview(id);
			families.admit(id, view.family().carers().get(0).id());
			families.admit(id, view.family().children().get(0).id());
			return id;
		});
		return new FamilyWithPeople(familyId, marker, coordinator, parent, youth);
	}

	/**
	 * A partner professional invited by the coordinator, who accepted and whom the parent
	 * let in: an active team member who sees nothing but the team until the family
	 * consents to more.
	 */
	public TeamMember teamMember(FamilyWithPeople family) {
		return teamMemberAs(family, account(Role.PARTNER));
	}

	/** An existing partner account joins the family's team, as above. */
	public TeamMember teamMemberAs(FamilyWithPeople family, AccountSummary partner) {
		accounts.actingAs(family.coordinator().id(),
				() -> teams.invite(family.id(), new InvitationForm(partner.email(), "", "jeugdbeschermer",
						"Ik werk met het gezin aan de terugkeer van de kinderen.", "Ik beslis niet over de rechter.")));
		String token = invitationToken(partner.email());
		accounts.actingAs(partner.id(), () -> teams.answer(token, true));
		UUID membershipId = accounts.actingAs(family.coordinator().id(),
				() -> teams.team(family.id())
					.requests()
					.stream()
					.filter(r -> r.accountId().equals(partner.id()))
					.findFirst()
					.orElseThrow()
					.membershipId());
		accounts.actingAs(family.parent().id(), () -> {
			teams.decideOnRequest(family.id(), membershipId, true);
			return null;
		});
		return new TeamMember(partner, membershipId);
	}

	/** A partner who accepted an invitation; the family has not answered yet. */
	public UUID acceptedInvitation(FamilyWithPeople family) {
		AccountSummary partner = account(Role.PARTNER);
		accounts.actingAs(family.coordinator().id(), () -> teams.invite(family.id(),
				new InvitationForm(partner.email(), "", "mentor", "Ik volg hoe het op school gaat.", "")));
		String token = invitationToken(partner.email());
		accounts.actingAs(partner.id(), () -> teams.answer(token, true));
		return accounts.actingAs(family.coordinator().id(),
				() -> teams.team(family.id())
					.requests()
					.stream()
					.filter(r -> r.accountId().equals(partner.id()))
					.findFirst()
					.orElseThrow()
					.membershipId());
	}

	/**
	 * The one-time token in the newest invitation mail to this address (mail goes to the
	 * outbox in tests).
	 */
	public String invitationToken(String email) {
		String body = jdbc.queryForObject(
				"SELECT body FROM mail_outbox WHERE recipient = ? AND body LIKE '%/invitations/%' ORDER BY sent_at DESC LIMIT 1",
				String.class, email);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher(body);
		if (!m.find()) {
			throw new IllegalStateException("No invitation link in mail to " + email);
		}
		return m.group(1);
	}

	public record TeamMember(AccountSummary account, UUID membershipId) {
	}

	/**
	 * A goal for tomorrow, written by the coordinator, with one step for the first
	 * parent.
	 */
	public GoalWithStep goalWithStep(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			plans.addGoal(family.id(), new GoalForm("TOMORROW", "Rust in huis " + family.marker(), "", ""));
			var goal = plans.plan(family.id()).tomorrow().get(0);
			UUID carer = families.overview(family.id()).family().carers().get(0).id();
			plans.addStep(family.id(), goal.id(), new StepForm("Bellen met school", "FAMILY:" + carer, "", ""));
			return new GoalWithStep(goal.id(), plans.plan(family.id()).tomorrow().get(0).steps().get(0).id());
		});
	}

	/**
	 * A step a team member with consent for the plan proposed; the family has not decided
	 * yet.
	 */
	public UUID proposedStep(FamilyWithPeople family, UUID goalId) {
		TeamMember member = teamMember(family);
		accounts.actingAs(family.parent().id(), () -> {
			teams.decideConsent(family.id(), member.membershipId(),
					java.util.EnumSet.of(nl.naast.access.FilePart.PLAN));
			return null;
		});
		return accounts.actingAs(member.account().id(), () -> {
			plans.addStep(family.id(), goalId, new StepForm("Budgetgesprek plannen", "", "", ""));
			return plans.plan(family.id())
				.tomorrow()
				.stream()
				.filter(g -> g.id().equals(goalId))
				.flatMap(g -> g.steps().stream())
				.filter(s -> s.proposed())
				.reduce((first, second) -> second)
				.orElseThrow()
				.id();
		});
	}

	public record GoalWithStep(UUID goalId, UUID stepId) {
	}

	/**
	 * Something the coordinator recorded as asked of the first parent: an expectation
	 * without a date.
	 */
	public UUID demand(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			UUID carer = families.overview(family.id()).family().carers().get(0).id();
			demands.record(family.id(), new DemandForm("Wijkteam", "", carer.toString(), "Elke week bellen", "", "",
					"EXPECTATION", "", "", "", "", "", "", "", "", "", "", "", "", ""));
			return demands.view(family.id()).ongoing().get(0).id();
		});
	}

	/**
	 * Three meetings the coordinator planned with the first parent: one tomorrow, one
	 * yesterday with a draft summary, and one yesterday with a final summary and an
	 * agreement for the parent.
	 */
	public FamilyMeetings meetings(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			String carer = families.overview(family.id()).family().carers().get(0).id().toString();
			java.time.LocalDate today = java.time.LocalDate.now(nl.naast.shared.DisplayTime.ZONE);
			UUID upcoming = plan(family, carer, today.plusDays(1));
			UUID draft = plan(family, carer, today.minusDays(1));
			meetings.summarise(family.id(), draft, new Forms.SummaryForm("Een eerste opzet", "", "", "", ""), false, 0);
			UUID done = plan(family, carer, today.minusDays(1));
			meetings.summarise(family.id(), done, new Forms.SummaryForm("Wat er gezegd is " + family.marker(), "", "",
					"De school belt volgende week.", ""), true, 0);
			meetings.agree(family.id(), done, new Forms.AgreementForm("Formulier invullen", "FAMILY:" + carer, ""));
			UUID agreement = meetings.view(family.id(), done).agreements().get(0).id();
			return new FamilyMeetings(upcoming, draft, done, agreement);
		});
	}

	private UUID plan(FamilyWithPeople family, String carer, java.time.LocalDate day) {
		Meetings.Planned planned = meetings.plan(family.id(),
				new MeetingForm("SCHOOL", "Basisschool De Linde", "", day.toString(), "10:00", "11:00",
						"Schoolstraat 1", "", java.util.List.of(carer),
						java.util.List.of(family.coordinator().id().toString()), ""));
		if (!planned.ok()) {
			throw new IllegalStateException("Fixture meeting is invalid: " + planned.errors().all());
		}
		return planned.meetingId();
	}

	public record FamilyMeetings(UUID upcoming, UUID withDraftSummary, UUID withFinalSummary, UUID agreement) {
	}

	/** A PDF as small as a PDF can be, for attachments. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/**
	 * An entry the coordinator wrote in the family's story, with a PDF attached.
	 */
	public StoryEntry storyEntry(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			UUID entry = stories
				.write(family.id(),
						new EntryForm("2019", "Melding bij Veilig Thuis " + family.marker(), "INSTITUTIONS", "STRESSOR",
								"DOCUMENT"))
				.entryId();
			stories.attach(family.id(), entry, "melding.pdf", PDF);
			UUID attachment = jdbc.queryForObject("SELECT id FROM story_attachment WHERE entry_id = ?", UUID.class,
					entry);
			return new StoryEntry(entry, attachment);
		});
	}

	public record StoryEntry(UUID entryId, UUID attachmentId) {
	}

	/**
	 * An analysis the coordinator started: two factors linked both ways (a circle), a
	 * question, a possibility and a saved version.
	 */
	public FamilyAnalysis analysis(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			analyses.addFactor(family.id(), "STRESSOR", "Schulden", "", java.util.List.of());
			analyses.addFactor(family.id(), "STRESSOR", "Slecht slapen", "", java.util.List.of());
			var view = analyses.view(family.id());
			UUID debts = view.factors().get(0).id();
			UUID sleep = view.factors().get(1).id();
			analyses.link(family.id(), debts.toString(), sleep.toString(), "", "");
			analyses.link(family.id(), sleep.toString(), debts.toString(), "", "");
			analyses.ask(family.id(), "Sinds wanneer zijn er schulden?", "de bewindvoerder");
			analyses.addPossibility(family.id(), "Met de schuldhulp beginnen");
			analyses.saveVersion(family.id(), "eerste versie");
			view = analyses.view(family.id());
			return new FamilyAnalysis(debts, view.links().get(0).id(), view.questions().get(0).id(),
					view.possibilities().get(0).id(), view.versions().get(0).id());
		});
	}

	/**
	 * The parent rates the coordinator's help low this month: a notice for the
	 * coordinator.
	 */
	public UUID lowRating(FamilyWithPeople family) {
		TeamMember member = teamMember(family);
		accounts.actingAs(family.parent().id(), () -> journeys.rate(family.id(), member.account().id().toString(), "2",
				"2", "2", "2", "Ik word niet gehoord.", "", -1));
		return jdbc.queryForObject("SELECT id FROM help_notice WHERE family_id = ?", UUID.class, family.id());
	}

	public record FamilyAnalysis(UUID factorId, UUID linkId, UUID questionId, UUID possibilityId, UUID versionId) {
	}

	/** A parent opens these parts of the file to a team member. */
	public void consent(FamilyWithPeople family, TeamMember member, nl.naast.access.FilePart... parts) {
		accounts.actingAs(family.parent().id(), () -> {
			teams.decideConsent(family.id(), member.membershipId(), java.util.Set.of(parts));
			return null;
		});
	}

	public UUID register(Map<String, String> fields) {
		FamilyFiles.Saved saved = families.register(FamilyForm.fromFields(fields));
		if (!saved.ok()) {
			throw new IllegalStateException("Fixture family is invalid: " + saved.errors().all());
		}
		return saved.familyId();
	}

	/**
	 * Puts people in one (new) organisation, as colleagues who can meet in intervision.
	 */
	public void colleagues(AccountSummary... people) {
		UUID organisation = nl.naast.shared.Ids.next();
		String name = unique("Team");
		jdbc.update(
				"INSERT INTO organisation (id, name, name_key, kind, created_at) VALUES (?, ?, ?, 'SUPPORT_TEAM', ?)",
				organisation, name, name.toLowerCase(java.util.Locale.ROOT),
				java.sql.Timestamp.from(java.time.Instant.now()));
		for (AccountSummary person : people) {
			jdbc.update("UPDATE account SET organisation_id = ? WHERE id = ?", organisation, person.id());
		}
	}

	/**
	 * The coordinator's reflection: a private journal entry about the family (with the
	 * family's marker), an intervision session with a new colleague, and an insight for
	 * the team without any family detail.
	 */
	public Reflection reflection(FamilyWithPeople family) {
		AccountSummary colleague = account(Role.COORDINATOR);
		colleagues(family.coordinator(), colleague);
		return accounts.actingAs(family.coordinator().id(), () -> {
			journal.write("Ik dacht dat " + family.marker() + " niet wilde.", "", "", "", "", family.id().toString());
			UUID entry = jdbc.queryForObject(
					"SELECT id FROM reflection_journal_entry WHERE author_id = ? ORDER BY created_at DESC LIMIT 1",
					UUID.class, family.coordinator().id());
			intervision.plan(java.time.LocalDate.now().plusDays(7).toString(), "Intervisie " + unique("t"),
					List.of(colleague.id().toString()));
			UUID session = jdbc.queryForObject(
					"SELECT id FROM reflection_session WHERE organiser_id = ? ORDER BY created_at DESC LIMIT 1",
					UUID.class, family.coordinator().id());
			intervision.prepare("Hoe blijf ik in gesprek?", "Een moeder en twee kinderen.", "", "", false);
			UUID insight = insights
				.write("Vragen in plaats van aannemen", "Dat ik het wist.", "Dat ik het niet wist.",
						"Ik vraag het eerst.", List.of("OWN_ROLE"), false, "")
				.id();
			return new Reflection(entry, session, insight, colleague);
		});
	}

	/** A journal entry of the coordinator's own, to throw away. */
	public UUID journalEntry(AccountSummary author) {
		return accounts.actingAs(author.id(), () -> {
			journal.write("", "", "", "", "Een gedachte " + unique("j"), "");
			return jdbc.queryForObject(
					"SELECT id FROM reflection_journal_entry WHERE author_id = ? ORDER BY created_at DESC LIMIT 1",
					UUID.class, author.id());
		});
	}

	public record Reflection(UUID journalEntryId, UUID sessionId, UUID insightId, AccountSummary colleague) {
	}

	/**
	 * A barrier recorded by a coordinator or partner, linked to one of their families
	 * when {@code family} is given; its id.
	 */
	public UUID barrier(AccountSummary author, FamilyWithPeople family, String happened) {
		nl.naast.shared.web.FormErrors errors = accounts.actingAs(author.id(),
				() -> signals.record(new nl.naast.signals.BarrierForm(happened, "Gemeente, Belastingdienst",
						"Kostendelersnorm", "MONEY_AND_DEBTS", "Drie maanden geen toeslag.", "Eén loket.", "",
						family == null ? "" : family.id().toString())));
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Fixture barrier is invalid: " + errors.all());
		}
		return jdbc.queryForObject(
				"SELECT id FROM signal_barrier WHERE author_id = ? AND happened = ? ORDER BY created_at DESC LIMIT 1",
				UUID.class, author.id(), happened);
	}

	/**
	 * Tops up the barriers of the last months so that every category holds at least
	 * {@code atLeast}: counted, none of them is small, so none is withheld.
	 */
	public void barriersInEveryCategory(int atLeast) {
		for (nl.naast.signals.Category category : nl.naast.signals.Category.values()) {
			long count = jdbc.queryForObject(
					"SELECT COUNT(*) FROM signal_barrier WHERE category = ? AND occurred_on >= ?", Long.class,
					category.name(), java.time.LocalDate.now().withDayOfMonth(1).minusMonths(11));
			for (long i = count; i < atLeast; i++) {
				plantBarrier(category.name(), "Gemeente", "Planted " + unique("drempel"));
			}
		}
	}

	/** A barrier written straight into the database, by nobody in particular; its id. */
	public UUID plantBarrier(String category, String organisations, String happened) {
		UUID id = UUID.randomUUID();
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		jdbc.update("INSERT INTO signal_barrier (id, occurred_on, category, organisations, rule, happened, impact, "
				+ "suggestion, family_id, theme_id, author_id, version, created_at, updated_at) "
				+ "VALUES (?, CURRENT_DATE, ?, ?, NULL, ?, 'Een maand vertraging.', NULL, NULL, NULL, ?, 0, ?, ?)", id,
				category, organisations, happened, UUID.randomUUID(), now, now);
		return id;
	}

	/** A theme made by a team manager; its id. */
	public UUID theme(AccountSummary manager, String title) {
		nl.naast.shared.web.FormErrors errors = accounts.actingAs(manager.id(),
				() -> signals.createTheme(title, "Regels rond toeslagen"));
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Fixture theme is invalid: " + errors.all());
		}
		return jdbc.queryForObject("SELECT id FROM signal_theme WHERE title = ?", UUID.class, title);
	}

	/**
	 * The young person's supervision order, with the court's decision, a hearing to come
	 * and a contact moment, recorded by the coordinator.
	 */
	public LegalFile legal(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			UUID measure = measure(family, java.time.LocalDate.now().minusMonths(2).toString());
			legal.attach(family.id(), measure, "beschikking.pdf", PDF);
			UUID event = event(family);
			UUID child = families.overview(family.id()).family().children().get(0).id();
			nl.naast.shared.web.FormErrors errors = contacts.plan(family.id(), child.toString(),
					java.time.LocalDate.now().plusDays(3).toString(), "14:00", "90", "Kantoor jeugdbescherming",
					"true");
			if (!errors.isEmpty()) {
				throw new IllegalStateException("Fixture contact moment is invalid: " + errors.all());
			}
			UUID moment = jdbc.queryForObject(
					"SELECT id FROM contact_moment WHERE family_id = ? ORDER BY created_at DESC LIMIT 1", UUID.class,
					family.id());
			errors = contacts.arrange(family.id(), child.toString(), "Elke twee weken", "90", "true", "", "COURT",
					java.time.LocalDate.now().minusMonths(1).toString(), "");
			if (!errors.isEmpty()) {
				throw new IllegalStateException("Fixture contact arrangement is invalid: " + errors.all());
			}
			UUID arrangement = jdbc.queryForObject(
					"SELECT id FROM contact_arrangement WHERE family_id = ? ORDER BY created_at DESC LIMIT 1",
					UUID.class, family.id());
			return new LegalFile(measure, event, moment, arrangement);
		});
	}

	/**
	 * A supervision order of half a year for the family's first child, from a day; its
	 * id.
	 */
	public UUID measure(FamilyWithPeople family, String startsOn) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			UUID child = families.overview(family.id()).family().children().get(0).id();
			String endsOn = java.time.LocalDate.parse(startsOn).plusMonths(6).toString();
			nl.naast.shared.web.FormErrors errors = legal.addMeasure(family.id(),
					new nl.naast.legal.MeasureForm(child.toString(), "OTS", startsOn, endsOn, "",
							"Rechtbank Midden-Nederland", "C/16/" + unique("z"), ""));
			if (!errors.isEmpty()) {
				throw new IllegalStateException("Fixture measure from " + startsOn + " is invalid: " + errors.all()
						+ " beside " + jdbc.queryForList(
								"SELECT kind, starts_on, ends_on FROM legal_measure WHERE family_id = ?", family.id()));
			}
			return jdbc.queryForObject(
					"SELECT id FROM legal_measure WHERE family_id = ? ORDER BY created_at DESC LIMIT 1", UUID.class,
					family.id());
		});
	}

	/** A hearing in three weeks; its id. */
	public UUID event(FamilyWithPeople family) {
		return accounts.actingAs(family.coordinator().id(), () -> {
			nl.naast.shared.web.FormErrors errors = legal.addEvent(family.id(),
					new nl.naast.legal.EventForm("", "HEARING", "", java.time.LocalDate.now().plusWeeks(3).toString(),
							"10:30", "Rechtbank Utrecht", "", "", ""));
			if (!errors.isEmpty()) {
				throw new IllegalStateException("Fixture event is invalid: " + errors.all());
			}
			return jdbc.queryForObject(
					"SELECT id FROM legal_event WHERE family_id = ? ORDER BY created_at DESC LIMIT 1", UUID.class,
					family.id());
		});
	}

	/** The seeded session "Twijfel als gereedschap". */
	public static final UUID DOUBT_SESSION = UUID.fromString("2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e01");

	/**
	 * A date of the seeded session {@code daysAhead} days from now (negative: in the
	 * past), from 13:00 to 16:00 Amsterdam time, open for registration until the day
	 * before.
	 */
	public UUID trainingDate(int capacity, int daysAhead) {
		return trainingDate(capacity,
				java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(daysAhead), null);
	}

	public UUID trainingDate(int capacity, java.time.LocalDate day, java.time.LocalDate until) {
		UUID id = UUID.randomUUID();
		java.time.ZoneId zone = java.time.ZoneId.of("Europe/Amsterdam");
		java.time.OffsetDateTime start = day.atTime(13, 0).atZone(zone).toOffsetDateTime();
		jdbc.update("INSERT INTO training_date (id, session_id, starts_at, ends_at, place, online_url, capacity, "
				+ "registration_until, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 0, ?, ?)",
				id, DOUBT_SESSION, start, start.plusHours(3), "Naast, Utrecht", capacity,
				until == null ? day.minusDays(1) : until, start, start);
		return id;
	}

	/**
	 * A registration stored as a visitor's would be; returns the token of its cancel
	 * link.
	 */
	public String trainingRegistration(UUID dateId, String status) {
		String token = nl.naast.shared.Tokens.next();
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		Integer position = jdbc.queryForObject(
				"SELECT COALESCE(MAX(position), 0) + 1 FROM training_registration WHERE date_id = ?", Integer.class,
				dateId);
		String email = unique("bezoeker") + "@voorbeeld.nl";
		jdbc.update(
				"INSERT INTO training_registration (id, date_id, token_hash, name, email, email_key, organisation, "
						+ "job_role, needs, status, position, attended, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, 'Wijkteam', 'Jeugdwerker', NULL, ?, ?, FALSE, ?, ?)",
				UUID.randomUUID(), dateId, nl.naast.shared.Hashing.sha256Hex(token), "Bezoeker " + position, email,
				email, status, position, now, now);
		return token;
	}

	/** A custom request as a school would send it. */
	public UUID trainingRequest() {
		UUID id = UUID.randomUUID();
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		jdbc.update("INSERT INTO training_request (id, kind, institution, name, email, organisation, topic, status, "
				+ "version, created_at, updated_at) VALUES (?, 'GUEST_LECTURE', 'HBO', 'Docent', "
				+ "'docent@hogeschool.example', 'Hogeschool Utrecht', 'Twijfel als gereedschap', 'NEW', 0, ?, ?)", id,
				now, now);
		return id;
	}

	/** The parent asks for a correction on "Mijn gegevens"; the request's id. */
	public UUID rectification(FamilyWithPeople family) {
		accounts.actingAs(family.parent().id(), () -> myData.ask(family.id(), "Ons verhaal",
				"Er staat een verkeerde datum " + family.marker(), "Het was in 2018."));
		return jdbc.queryForObject(
				"SELECT id FROM privacy_rectification WHERE family_id = ? ORDER BY created_at DESC LIMIT 1", UUID.class,
				family.id());
	}

	public record LegalFile(UUID measureId, UUID eventId, UUID momentId, UUID arrangementId) {
	}

	public record FamilyWithPeople(UUID id, String marker, AccountSummary coordinator, AccountSummary parent,
			AccountSummary youth) {

		public String path() {
			return "/families/" + id;
		}
	}

}
