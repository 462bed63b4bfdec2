package nl.naast.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.naast.access.FilePart;
import nl.naast.identity.AccountSummary;
import nl.naast.demands.DemandForm;
import nl.naast.demands.Demands;
import nl.naast.demands.Mark;
import nl.naast.meetings.Forms;
import nl.naast.meetings.MeetingForm;
import nl.naast.meetings.Meetings;
import nl.naast.journey.Journeys;
import nl.naast.plan.GoalForm;
import nl.naast.reflection.DoubtJournal;
import nl.naast.reflection.InsightLibrary;
import nl.naast.reflection.Intervision;
import nl.naast.legal.Contacts;
import nl.naast.legal.EventForm;
import nl.naast.legal.Legal;
import nl.naast.legal.LegalReminders;
import nl.naast.legal.MeasureForm;
import nl.naast.signals.BarrierForm;
import nl.naast.signals.Signals;
import nl.naast.story.Analyses;
import nl.naast.story.EntryForm;
import nl.naast.story.ResponseKind;
import nl.naast.story.Stories;
import nl.naast.plan.Plans;
import nl.naast.plan.StepForm;
import nl.naast.team.InvitationForm;
import nl.naast.team.Teams;
import nl.naast.identity.Accounts;
import nl.naast.identity.OrganisationKind;
import nl.naast.identity.Organisations;
import nl.naast.identity.Role;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyForm;
import nl.naast.family.FamilyView;

/**
 * Seeds the demo on the very first start (when there are no accounts at all), and prints
 * how to sign in. The families are made up; any likeness to real people is chance.
 */
@Component
@ConditionalOnProperty(name = "naast.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "naast-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts accounts;

	private final Organisations organisations;

	private final FamilyFiles families;

	private final Environment environment;

	private final Teams teams;

	private final Plans plans;

	private final Demands demands;

	private final Meetings meetings;

	private final Stories stories;

	private final Analyses analyses;

	private final Journeys journeys;

	private final java.time.Clock clock;

	private final DoubtJournal journal;

	private final Intervision intervision;

	private final InsightLibrary insights;

	private final Signals signals;

	private final Legal legal;

	private final Contacts contacts;

	private final LegalReminders reminders;

	private final nl.naast.trainings.Trainings trainings;

	DemoData(Accounts accounts, Organisations organisations, FamilyFiles families, Teams teams, Plans plans,
			Demands demands, Meetings meetings, Stories stories, Analyses analyses, Journeys journeys,
			DoubtJournal journal, Intervision intervision, InsightLibrary insights, Signals signals, Legal legal,
			Contacts contacts, LegalReminders reminders, java.time.Clock clock, Environment environment,
			nl.naast.trainings.Trainings trainings) {
		this.trainings = trainings;
		this.legal = legal;
		this.contacts = contacts;
		this.reminders = reminders;
		this.signals = signals;
		this.journal = journal;
		this.intervision = intervision;
		this.insights = insights;
		this.accounts = accounts;
		this.journeys = journeys;
		this.stories = stories;
		this.analyses = analyses;
		this.meetings = meetings;
		this.demands = demands;
		this.clock = clock;
		this.plans = plans;
		this.teams = teams;
		this.organisations = organisations;
		this.families = families;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		// a generate run fills the database itself; demo data would only be in its way
		if (args.getNonOptionArgs().contains("verify-audit") || args.getNonOptionArgs().contains("generate")
				|| accounts.anyExist()) {
			return;
		}
		log.info("First start of the demo: creating demo accounts and families");
		UUID team = organisations.create("Ondersteuningsteam Midden", OrganisationKind.SUPPORT_TEAM).id();
		UUID agency = organisations.create("Jeugdbescherming Regio Midden", OrganisationKind.CHILD_PROTECTION_AGENCY)
			.id();
		organisations.create("Gemeente Amersfoort, wijkteam Noord", OrganisationKind.MUNICIPALITY);
		organisations.create("Raad voor de Kinderbescherming", OrganisationKind.CHILD_PROTECTION_BOARD);
		AccountSummary coordinator = accounts.createWithPassword("coordinator@naast.test", "Sanne Visser",
				Role.COORDINATOR, team, PASSWORD);
		AccountSummary partner = accounts.createWithPassword("partner@naast.test", "Jeroen Smit", Role.PARTNER, agency,
				PASSWORD);
		AccountSummary parent = accounts.createWithPassword("parent@naast.test", "Samira El Amrani", Role.PARENT, null,
				PASSWORD);
		accounts.createWithPassword("youth@naast.test", "Yasmina El Amrani", Role.YOUTH, null, PASSWORD);
		AccountSummary manager = accounts.createWithPassword("manager@naast.test", "Fatima Bouzid", Role.MANAGER, team,
				PASSWORD);
		accounts.createWithPassword("admin@naast.test", "Pieter de Boer", Role.ADMIN, team, PASSWORD);
		accounts.createWithPassword("trainer@naast.test", "Lotte Jansen", Role.TRAINER, team, PASSWORD);
		trainingDates();

		Invitation invitation = accounts.actingAs(coordinator.id(), () -> {
			UUID elAmrani = register(Map.ofEntries(Map.entry("name", "Gezin El Amrani"),
					Map.entry("carers[0].name", "Samira El Amrani"), Map.entry("carers[0].phone", "06 12345678"),
					Map.entry("carers[0].email", "parent@naast.test"),
					Map.entry("carers[0].language", "Nederlands en Marokkaans-Arabisch"),
					Map.entry("children[0].name", "Yasmina El Amrani"),
					Map.entry("children[0].birthDate", "2012-05-14"), Map.entry("children[0].living", "FOSTER_CARE"),
					Map.entry("children[0].livingSince", "2023-03-01"),
					Map.entry("children[0].livingWith", "pleeggezin in Leusden"),
					Map.entry("children[0].email", "youth@naast.test"),
					Map.entry("children[1].name", "Bilal El Amrani"), Map.entry("children[1].birthDate", "2017-02-03"),
					Map.entry("children[1].living", "FOSTER_CARE"), Map.entry("children[1].livingSince", "2023-03-01"),
					Map.entry("children[1].livingWith", "bij oma, in Utrecht"),
					Map.entry("strengths", "Samira gaat elke week naar de omgang met Yasmina en Bilal. "
							+ "De kinderen kijken daar naar uit. Oma zorgt liefdevol voor Bilal en houdt Samira op de hoogte. "
							+ "Samira heeft een vaste baan in de thuiszorg."),
					Map.entry("concerns", "Beide kinderen wonen sinds maart 2023 niet thuis (ondertoezichtstelling met "
							+ "machtiging uithuisplaatsing). De schulden uit de toeslagenaffaire zijn nog niet helemaal "
							+ "geregeld. Samira is moe van alle afspraken met verschillende instanties.")));
			FamilyView view = families.overview(elAmrani);
			view.family().carers().forEach(carer -> families.admit(elAmrani, carer.id()));
			view.family()
				.children()
				.stream()
				.filter(view::mayGetOwnAccess)
				.filter(c -> c.email() != null)
				.forEach(child -> families.admit(elAmrani, child.id()));
			String token = teams.invite(elAmrani, new InvitationForm("partner@naast.test", "", "jeugdbeschermer",
					"Ik voer de ondertoezichtstelling uit en werk met Samira aan de terugkeer van Bilal en Yasmina.",
					"Ik beslis niet zelf over terugplaatsing: dat doet de rechter."))
				.token();

			register(Map.ofEntries(Map.entry("name", "Gezin de Vries"), Map.entry("carers[0].name", "Marco de Vries"),
					Map.entry("carers[0].phone", "06 87654321"), Map.entry("carers[1].name", "Anouk de Vries"),
					Map.entry("children[0].name", "Noah de Vries"), Map.entry("children[0].birthDate", "2019-09-21"),
					Map.entry("children[0].living", "AT_HOME"), Map.entry("children[0].livingSince", "2025-06-16"),
					Map.entry("children[0].livingWith", "weer thuis bij papa en mama"),
					Map.entry("strengths",
							"Noah woont sinds juni 2025 weer thuis. Marco en Anouk vragen zelf om hulp "
									+ "als het even niet lukt. Noah gaat graag naar school."),
					Map.entry("concerns", "De ondertoezichtstelling loopt nog. Het gezin wil dat die stopt. "
							+ "De nieuwe woning is klein.")));

			register(Map.ofEntries(Map.entry("name", "Gezin Kaya"), Map.entry("carers[0].name", "Elif Kaya"),
					Map.entry("carers[0].language", "Turks"), Map.entry("children[0].name", "Deniz Kaya"),
					Map.entry("children[0].birthDate", "2023-01-10"), Map.entry("children[0].living", "AT_HOME"),
					Map.entry("strengths", "Elif heeft zich zelf aangemeld. Haar zus helpt met de zorg voor Deniz.")));
			return new Invitation(elAmrani, token);
		});

		// the partner accepts; Samira lets him in and opens the plan, the demands and the
		// meetings to him
		accounts.actingAs(partner.id(), () -> teams.answer(invitation.token(), true));
		accounts.actingAs(parent.id(), () -> {
			UUID membership = teams.team(invitation.familyId()).requests().get(0).membershipId();
			teams.decideOnRequest(invitation.familyId(), membership, true);
			teams.decideConsent(invitation.familyId(), membership,
					java.util.EnumSet.of(FilePart.PLAN, FilePart.DEMANDS, FilePart.MEETINGS, FilePart.STORY));
			return null;
		});

		// the plan: Samira's own goals, the end goal the coordinator wrote down with her,
		// and some steps
		accounts.actingAs(parent.id(), () -> {
			plans.addGoal(invitation.familyId(),
					new GoalForm("TOMORROW", "Een rustig telefoongesprek met Yasmina, zonder ruzie.", "", ""));
			plans.addGoal(invitation.familyId(),
					new GoalForm("HALF_YEAR", "Bilal slaapt elk weekend bij mij thuis.", "", ""));
			return null;
		});
		accounts.actingAs(coordinator.id(), () -> {
			plans.addGoal(invitation.familyId(),
					new GoalForm("END_GOAL", "Yasmina en Bilal wonen weer thuis bij Samira.", "", ""));
			var plan = plans.plan(invitation.familyId());
			var weekend = plan.halfYear().get(0);
			plans.addStep(invitation.familyId(), weekend.id(), new StepForm("Een bed voor Bilal regelen",
					plan.whoOptions().get(0).value(), "", "Geld voor een bed, via de gemeente"));
			plans.addStep(invitation.familyId(), weekend.id(), new StepForm(
					"Met oma afspreken welk weekend het eerst is", plan.whoOptions().get(0).value(), "", ""));
			return null;
		});
		accounts.actingAs(parent.id(), () -> {
			var endGoal = plans.plan(invitation.familyId()).endGoal();
			plans.agree(invitation.familyId(), endGoal.id(), endGoal.version());
			return null;
		});

		// what is asked of Samira: a clash next Tuesday, a rule, a task, and two requests
		// that contradict
		UUID family = invitation.familyId();
		java.time.LocalDate tuesday = nl.naast.shared.DisplayTime.today(clock)
			.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
		String samira = accounts
			.actingAs(coordinator.id(), () -> families.overview(family).family().carers().get(0).id())
			.toString();
		accounts.actingAs(partner.id(), () -> {
			demands.record(family,
					new DemandForm("Jeugdbescherming Regio Midden", "Jeroen Smit", samira,
							"Gesprek over de verlenging van de ondertoezichtstelling", "De termijn loopt in maart af.",
							"Dan beslist de rechter zonder uw inbreng.", "APPOINTMENT", tuesday.toString(), "10:00", "",
							"11:00", "", "Kantoor Jeugdbescherming, Utrecht", "", "true",
							"Beschikking kinderrechter 12 maart 2026", "", "", "", ""));
			demands.record(family, new DemandForm("Jeugdbescherming Regio Midden", "Jeroen Smit", samira,
					"Niet verhuizen tot na de evaluatie", "Rust voor Bilal en Yasmina.", "", "CONDITION", "", "", "",
					"", "", "", "", "", "", "verhuizen", "MUST_NOT", "", tuesday.plusMonths(3).toString()));
			return null;
		});
		accounts.actingAs(coordinator.id(), () -> {
			demands.record(family,
					new DemandForm("Gemeente Amersfoort, wijkteam Noord", "", samira, "Huisbezoek over de woning", "",
							"", "APPOINTMENT", tuesday.toString(), "11:15", "", "12:00", "", "Thuis", "", "", "", "",
							"", "", ""));
			demands.record(family,
					new DemandForm("Gemeente Amersfoort", "", samira,
							"Op zoek gaan naar een grotere woning, met een kamer voor Bilal",
							"Nodig voordat Bilal thuis kan slapen.", "", "EXPECTATION", "", "", "", "", "", "", "", "",
							"", "verhuizen", "MUST", "", ""));
			demands.record(family,
					new DemandForm("Herstel Toeslagen (UHT)", "", samira,
							"Formulier voor de kindregeling invullen en opsturen", "", "Dan komt de uitbetaling later.",
							"TASK", "", "", "", "", "", "", tuesday.plusDays(13).toString(), "", "", "", "", "", ""));
			return null;
		});
		accounts.actingAs(parent.id(), () -> {
			var huisbezoek = demands.view(family)
				.coming()
				.stream()
				.filter(d -> d.what().startsWith("Huisbezoek"))
				.findFirst()
				.orElseThrow();
			demands.mark(family, huisbezoek.id(), Mark.Kind.TOO_MUCH,
					"Twee afspraken op dezelfde ochtend, en ik moet om één uur werken.");
			return null;
		});
		meetings(family, samira, coordinator, partner, parent, tuesday);
		story(family, coordinator, partner, parent);
		journey(family, coordinator, partner, parent);
		reflection(family, coordinator, manager);
		signals(family, coordinator, partner, manager);
		legal(family, coordinator, parent);
	}

	/**
	 * Yasmina's and Bilal's supervision orders and placements, the hearing about the
	 * extension, the Board's draft report to react to, and contact with Yasmina over the
	 * last months: facts Samira and her lawyer can use. The reminders run once, so the
	 * coordinator's notifications show what is coming.
	 */
	private void legal(UUID family, AccountSummary coordinator, AccountSummary parent) {
		java.time.LocalDate today = nl.naast.shared.DisplayTime.today(clock);
		accounts.actingAs(coordinator.id(), () -> {
			var children = families.overview(family).family().children();
			String yasmina = children.get(0).id().toString();
			String bilal = children.get(1).id().toString();
			// the order ends in eleven weeks: time to decide on an extension
			java.time.LocalDate orderStart = today.plusWeeks(11).minusYears(1);
			seeded(legal.addMeasure(family, new MeasureForm(yasmina, "OTS", orderStart.toString(), "", "",
					"Rechtbank Midden-Nederland", "C/16/561234 / JE RK 25-1042", "")));
			seeded(legal.addMeasure(family,
					new MeasureForm(yasmina, "MUHP", orderStart.toString(), "", orderStart.plusDays(9).toString(),
							"Rechtbank Midden-Nederland", "C/16/561234 / JE RK 25-1042", "Pleeggezin in Leusden.")));
			seeded(legal.addMeasure(family, new MeasureForm(bilal, "OTS", orderStart.toString(), "", "",
					"Rechtbank Midden-Nederland", "C/16/561235 / JE RK 25-1043", "")));
			seeded(legal.addMeasure(family,
					new MeasureForm(bilal, "MUHP", orderStart.toString(), "", orderStart.plusDays(9).toString(),
							"Rechtbank Midden-Nederland", "C/16/561235 / JE RK 25-1043", "Bij oma in Utrecht.")));
			seeded(legal.addEvent(family, new EventForm("", "HEARING", "", today.plusWeeks(9).toString(), "10:30",
					"Rechtbank Midden-Nederland, Utrecht", "mr. L. de Graaf", "Samira en haar advocaat; Sanne gaat mee",
					"Samira schrijft op waarom de omgang vaker kan. Sanne vraagt de verslagen van de omgang op.")));
			seeded(legal.addEvent(family,
					new EventForm("", "BOARD_REPORT", today.minusDays(2).toString(), "", "", "", "mr. L. de Graaf",
							"Samira, met hulp van Sanne",
							"Lezen wat er over de omgang staat; zeggen wat niet klopt.")));
			seeded(contacts.arrange(family, yasmina, "Elke twee weken, op zaterdag", "120", "true",
					"Kantoor jeugdbescherming, Amersfoort", "AGENCY", orderStart.plusDays(14).toString(),
					"Samira vraagt om omgang elke week, zonder begeleiding."));
			String[][] moments = { { "16", "HAPPENED", "", "" }, { "14", "CANCELLED", "AGENCY", "" },
					{ "12", "HAPPENED", "", "" }, { "10", "CANCELLED", "AGENCY", "" }, { "8", "SHORTENED", "", "60" },
					{ "6", "HAPPENED", "", "" }, { "4", "CANCELLED", "FOSTER_FAMILY", "" },
					{ "2", "HAPPENED", "", "" } };
			for (String[] m : moments) {
				java.time.LocalDate day = today.minusWeeks(Long.parseLong(m[0]))
					.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
				seeded(contacts.plan(family, yasmina, day.toString(), "11:00", "120",
						"Kantoor jeugdbescherming, Amersfoort", "true"));
			}
			for (var moment : contacts.view(family, "", "", nl.naast.shared.web.FormErrors.none()).moments()) {
				int weeks = (int) java.time.temporal.ChronoUnit.WEEKS
					.between(moment.startsAt().atZone(nl.naast.shared.DisplayTime.ZONE).toLocalDate(), today);
				for (String[] m : moments) {
					if (Math.abs(weeks - Integer.parseInt(m[0])) <= 1 && !m[1].isEmpty()) {
						seeded(contacts.record(family, moment.id(), m[1], m[2],
								m[1].equals("CANCELLED") ? "Geen begeleider beschikbaar" : "", m[3], "", 0));
						m[1] = "";
						break;
					}
				}
			}
			java.time.LocalDate next = today
				.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
			seeded(contacts.plan(family, yasmina, next.toString(), "11:00", "120",
					"Kantoor jeugdbescherming, Amersfoort", "true"));
			return null;
		});
		accounts.actingAs(parent.id(), () -> {
			legal.remindMe(family, true);
			return null;
		});
		reminders.run();
	}

	/**
	 * Barriers the team met this year, enough for the counts to show, and a theme the
	 * manager raised with the municipality.
	 */
	private void signals(UUID family, AccountSummary coordinator, AccountSummary partner, AccountSummary manager) {
		java.time.LocalDate today = nl.naast.shared.DisplayTime.today(clock);
		String[][] barriers = {
				{ "Het toeslagenherstel betaalde uit, en daarna stopte de bijstand voor twee maanden.", "Gemeente, UHT",
						"Verrekening van de compensatie", "MONEY_AND_DEBTS",
						"Geen geld voor de huur; angst om de woning kwijt te raken.",
						"Eerst overleggen voordat een uitkering stopt.", "", "20" },
				{ "De kostendelersnorm ging in toen een oudere zoon weer thuis kwam wonen.", "Gemeente",
						"Kostendelersnorm", "MONEY_AND_DEBTS",
						"De zoon moest weer weg om de uitkering van moeder niet te verlagen.",
						"Uitzondering voor kinderen die terugkomen uit een instelling.", "", "45" },
				{ "Een schuldeiser legde beslag terwijl de schuldhulp al liep.", "Deurwaarder, Gemeente", "",
						"MONEY_AND_DEBTS", "Het gezin hield minder over dan het minimum om van te leven.",
						"Een adempauze die alle schuldeisers kennen.", "", "70" },
				{ "Reiskosten naar de bezoekregeling werden niet vergoed.", "Jeugdbescherming", "", "MONEY_AND_DEBTS",
						"Moeder sloeg bezoeken over omdat ze de trein niet kon betalen.",
						"Reiskosten voor omgang standaard vergoeden.", "", "100" },
				{ "De bijzondere bijstand voor een bed werd afgewezen, omdat de aanvraag te laat was.", "Gemeente",
						"Termijn bijzondere bijstand", "MONEY_AND_DEBTS",
						"Een kind kon niet op tijd thuis komen wonen.", "Coulance als de hulpverlening vertraagde.", "",
						"130" },
				{ "Hetzelfde formulier moest drie keer worden ingevuld, voor drie loketten.",
						"Gemeente, Jeugdbescherming", "", "BUREAUCRACY",
						"Weken wachten, en het gevoel niet serieus te worden genomen.", "Eén formulier, één loket.", "",
						"60" },
				{ "Brieven over de ondertoezichtstelling kwamen alleen in moeilijk Nederlands.",
						"Jeugdbescherming, Rechtbank", "", "LANGUAGE_AND_INFORMATION",
						"Moeder begreep niet wat er van haar werd verwacht en miste een termijn.",
						"Een korte uitleg in gewone taal bij elke brief.", "", "25" },
				{ "De school en het wijkteam spraken elkaar niet voor het plan werd gemaakt.", "School, Wijkteam", "",
						"COOPERATION", "Twee plannen die elkaar tegenspraken.",
						"Een gezamenlijk gesprek vóór elk plan.", "", "90" } };
		for (int i = 0; i < barriers.length; i++) {
			String[] b = barriers[i];
			AccountSummary author = i % 3 == 2 ? partner : coordinator;
			boolean linked = i == 0 || i == 5;
			String occurred = today.minusDays(Long.parseLong(b[7])).toString();
			accounts.actingAs(author.id(), () -> {
				seeded(signals.record(new BarrierForm(b[0], b[1], b[2], b[3], b[4], b[5], occurred,
						linked ? family.toString() : "")));
				return null;
			});
		}
		accounts.actingAs(manager.id(), () -> {
			seeded(signals.createTheme("Geldzorgen door regels die elkaar raken",
					"Uitkeringen, toeslagen en schulden die op elkaar ingrijpen, terwijl het gezin herstelt."));
			var team = signals.team(nl.naast.shared.PageRequest.of(0), nl.naast.shared.PageRequest.of(0));
			UUID theme = team.themes().get(0).id();
			team.barriers()
				.items()
				.stream()
				.filter(b -> b.category() == nl.naast.signals.Category.MONEY_AND_DEBTS)
				.forEach(b -> seeded(signals.putInTheme(b.id(), theme.toString(), b.version())));
			seeded(signals.saveAction(theme,
					"Besproken met de wethouder. De gemeente kijkt of een uitkering pas stopt na een gesprek met "
							+ "het gezin.",
					0));
			return null;
		});
	}

	/** Demo data that does not pass Naast's own checks is a bug: stop loudly. */
	private static void seeded(nl.naast.shared.web.FormErrors errors) {
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Demo data refused: " + errors.all());
		}
	}

	private static void seeded(InsightLibrary.Saved saved) {
		seeded(saved.errors());
	}

	/**
	 * Sanne's doubt journal, an intervision session with Fatima about appointments that
	 * keep piling up, and insights the team shares.
	 */
	private void reflection(UUID family, AccountSummary coordinator, AccountSummary manager) {
		java.time.LocalDate today = nl.naast.shared.DisplayTime.today(clock);
		accounts.actingAs(coordinator.id(), () -> {
			seeded(journal.write(
					"Dat Samira de afspraken met de jeugdbeschermer vergat, omdat ze die niet belangrijk vond.",
					"Dat ze op dinsdag en donderdag werkt en de brieven pas 's avonds leest.",
					"Dat ze ons niet vertrouwt. Misschien vertrouwt ze vooral de brieven niet.",
					"Ik vraag eerst welke dagen wel kunnen, voordat iemand een afspraak plant.", "",
					family.toString()));
			seeded(journal.write("", "", "", "",
					"Na de zitting merkte ik dat ik de woorden van de rechter overnam in mijn verslag. "
							+ "Volgende keer schrijf ik eerst op hoe Samira het zelf zou zeggen.",
					""));
			seeded(intervision.plan(today.minusDays(6).toString(), "Als afspraken steeds op elkaar stapelen",
					List.of(manager.id().toString())));
			UUID session = intervision.overview().sessions().get(0).id();
			seeded(intervision.prepare(
					"Hoe zorg ik dat drie organisaties hun afspraken niet op dezelfde ochtend plannen?",
					"Een moeder met twee kinderen in een pleeggezin. Drie organisaties plannen afspraken "
							+ "zonder elkaar te spreken. Zij werkt twee dagen per week.",
					family.toString(), session.toString(), false));
			seeded(intervision.record(session,
					"Wie plant nu de afspraken? Weet de moeder wanneer ze vrij is? Wat gebeurt er als ze niet komt?",
					"Eén agenda voor het hele team, en de moeder kiest zelf de dagen. Een gemiste afspraak "
							+ "bespreken we eerst met haar, niet over haar.",
					0, false));
			seeded(insights.write("Een gemiste afspraak is geen onwil",
					"Dat ouders die afspraken missen niet gemotiveerd zijn.",
					"Afspraken vallen vaak samen met werk, of de reis kost geld dat er niet is. Brieven komen laat "
							+ "of zijn moeilijk te lezen.",
					"We plannen afspraken samen met de ouders en vragen eerst of reizen lukt. We bellen, "
							+ "in plaats van alleen een brief te sturen.",
					List.of("POVERTY", "HELP_THAT_DOES_NOT_HELP"), false, ""));
			seeded(insights.write("Het verhaal van het gezin naast het dossier",
					"Dat het dossier vertelt wat er gebeurd is.",
					"Het dossier vertelt wat professionals zagen. Ouders herinneren zich andere dingen, en soms "
							+ "dingen die nergens staan.",
					"We lezen het dossier samen met de ouders en schrijven hun kant erbij.",
					List.of("VOICE_OF_THE_CHILD", "CHAIN_COOPERATION"), false, ""));
			return null;
		});
		accounts.actingAs(manager.id(), () -> {
			UUID missed = insights.search("gemiste afspraak", "", nl.naast.shared.PageRequest.of(0))
				.items()
				.get(0)
				.id();
			seeded(insights.comment(missed, "Dit zie ik bij meer gezinnen. Zullen we het in het teamoverleg bespreken?",
					false));
			insights.mark(missed);
			seeded(insights.write("Twijfel hardop delen", "Dat een professional zeker moet overkomen.",
					"Als ik hardop twijfel, durven ouders ook te zeggen wat ze niet weten.",
					"In gesprekken zeg ik wat ik nog niet weet, en vraag ik het gezin om mee te denken.",
					List.of("OWN_ROLE"), false, ""));
			return null;
		});
	}

	/** A setback and a breakthrough, how Samira is doing, and her view of the help. */
	private void journey(UUID family, AccountSummary coordinator, AccountSummary partner, AccountSummary parent) {
		java.time.LocalDate today = nl.naast.shared.DisplayTime.today(clock);
		accounts.actingAs(parent.id(), () -> {
			journeys.write(family, "BREAKTHROUGH", today.minusDays(40).toString(),
					"Bilal was voor het eerst een hele dag bij mij, zonder begeleiding.", "", "");
			journeys.write(family, "SETBACK", today.minusDays(9).toString(),
					"Yasmina wilde na het bezoek niet terug naar het pleeggezin. Er was ruzie.",
					"Afscheid nemen gaat beter als we het samen voorbereiden.",
					"We spreken een vaste tijd en een vast ritueel af.");
			journeys.mood(family, "6", "Het gaat op en neer, maar het gaat vooruit.");
			journeys.rate(family, partner.id().toString(), "3", "5", "4", "4",
					"Ik heb het gevoel dat er al besloten is voordat ik iets kan zeggen.", "", -1);
			return null;
		});
	}

	/**
	 * Samira's story in her words and the team's, with strengths beside the stressors,
	 * and the start of an explanatory analysis with a vicious circle.
	 */
	private void story(UUID family, AccountSummary coordinator, AccountSummary partner, AccountSummary parent) {
		accounts.actingAs(parent.id(), () -> {
			stories.write(family, new EntryForm("rond 2012", "Ik kwam naar Amersfoort en vond werk in de thuiszorg.",
					"WORK", "STRENGTH", ""));
			stories.write(family, new EntryForm("zomer 2019",
					"De Belastingdienst vorderde de kinderopvangtoeslag terug. Ineens hadden we 38 duizend euro schuld.",
					"MONEY", "STRESSOR", ""));
			stories.write(family, new EntryForm("2020", "Ik sliep bijna niet meer en raakte mijn werk kwijt.", "HEALTH",
					"STRESSOR", ""));
			stories.write(family,
					new EntryForm("", "Oma past op en kookt als het even niet gaat.", "STRENGTHS", "STRENGTH", ""));
			return null;
		});
		UUID report = accounts.actingAs(partner.id(), () -> stories.write(family, new EntryForm("maart 2021",
				"Zorgmelding van school: Bilal kwam vaak zonder ontbijt en was moe. De moeder reageerde niet op mails.",
				"INSTITUTIONS", "STRESSOR", "DOCUMENT"))
			.entryId());
		accounts.actingAs(parent.id(), () -> stories.respond(family, report, ResponseKind.MISSING,
				"Er staat niet in dat ik toen drie banen zocht en geen internet meer had omdat de rekening niet betaald was."));
		accounts.actingAs(coordinator.id(), () -> {
			stories.write(family,
					new EntryForm("12-3-2023",
							"Bilal en Yasmina gingen naar een pleeggezin. Samira gaat elke week naar de omgang.",
							"INSTITUTIONS", "STRESSOR", "PROFESSIONAL"));
			analyses.addFactor(family, "STRESSOR", "Schulden door de toeslagen", "", List.of());
			analyses.addFactor(family, "STRESSOR", "Slecht slapen en stress", "", List.of());
			analyses.addFactor(family, "STRESSOR", "Geen werk", "", List.of());
			analyses.addFactor(family, "PROTECTIVE", "Oma", "Past op, kookt, is er altijd.", List.of());
			var view = analyses.view(family);
			UUID debts = view.factors().get(0).id();
			UUID stress = view.factors().get(1).id();
			UUID work = view.factors().get(2).id();
			analyses.link(family, debts.toString(), stress.toString(), "Samira", "");
			analyses.link(family, stress.toString(), work.toString(), "Samira", "");
			analyses.link(family, work.toString(), debts.toString(), "Sanne", "Zonder werk lopen de schulden op.");
			analyses.ask(family, "Welke schulden zijn er nog, en bij wie?", "de bewindvoerder");
			analyses.addPossibility(family, "Samen met de UHT de compensatie aanvragen");
			analyses.explain(family, "De schulden, de stress en het werk houden elkaar vast. Oma is het vaste punt.",
					0);
			analyses.saveVersion(family, "Na het eerste gesprek over het verhaal");
			return null;
		});
		accounts.actingAs(parent.id(), () -> analyses.explain(family,
				"Alles begon met de toeslagen. Daarna ging het ene na het andere mis. Ik ben geen slechte moeder.", 0));
	}

	/**
	 * A court hearing next week, prepared together, and last week's meeting with the
	 * child protection worker, talked through afterwards.
	 */
	private void meetings(UUID family, String samira, AccountSummary coordinator, AccountSummary partner,
			AccountSummary parent, java.time.LocalDate tuesday) {
		java.time.LocalDate today = nl.naast.shared.DisplayTime.today(clock);
		UUID hearing = accounts.actingAs(coordinator.id(), () -> {
			UUID id = meetings
				.plan(family,
						new MeetingForm("COURT_HEARING", "Rechtbank Midden-Nederland", "Kinderrechter mr. De Boer",
								tuesday.plusDays(2).toString(), "13:30", "14:30", "Vrouwe Justitiaplein 1, Utrecht", "",
								List.of(samira), List.of(coordinator.id().toString()), ""))
				.meetingId();
			meetings.guide(family, id, new Forms.GuidanceForm(
					"De rechter beslist of de ondertoezichtstelling een jaar langer duurt. Eerst praat de jeugdbeschermer, "
							+ "daarna mag jij zeggen wat jij ervan vindt. Het duurt ongeveer een uur. De rechter zegt "
							+ "meestal binnen twee weken wat de beslissing is.",
					"Je identiteitsbewijs\nDe brief van de rechtbank"), 0);
			return id;
		});
		accounts.actingAs(parent.id(),
				() -> meetings.prepare(family, hearing,
						new Forms.PreparationForm(
								"Dat het beter gaat. Ik zie Bilal en Yasmina elke week en ik ben nooit te laat.",
								"Wanneer mag Bilal in het weekend bij mij slapen?",
								"Dat ze alleen naar de oude verslagen kijken.", "",
								"Dat Sanne naast me zit. Even pauze als ik boos word."),
						0));
		UUID past = accounts.actingAs(coordinator.id(), () -> {
			UUID id = meetings
				.plan(family,
						new MeetingForm("CHILD_PROTECTION", "Jeugdbescherming Regio Midden", "Jeroen Smit",
								today.minusDays(6).toString(), "10:00", "11:00", "Kantoor Jeugdbescherming, Utrecht",
								"", List.of(samira), List.of(coordinator.id().toString(), partner.id().toString()), ""))
				.meetingId();
			meetings.summarise(family, id, new Forms.SummaryForm(
					"Jeroen vertelde dat het goed gaat met de omgang. Samira vertelde dat ze een grotere woning zoekt.",
					"Bilal mag twee keer per maand een dag bij Samira zijn, zonder begeleiding.",
					"Samira ziet Bilal vaker, en alleen. Als dat goed gaat, praten we over logeren.",
					"Jeroen schrijft het verslag voor de rechter, voor de zitting.\nSamira belt de woningcorporatie deze week.",
					""), true, 0);
			meetings.agree(family, id, new Forms.AgreementForm("De woningcorporatie bellen over een grotere woning",
					"FAMILY:" + samira, today.plusDays(4).toString()));
			meetings.agree(family, id,
					new Forms.AgreementForm("Het verslag voor de rechter schrijven", "TEAM:" + partner.id(), ""));
			return id;
		});
		accounts.actingAs(parent.id(), () -> {
			meetings.writeOwnAccount(family, past,
					new Forms.OwnAccountForm(
							"Spannend. Ik was blij dat Sanne erbij was. Jeroen luisterde beter dan de vorige keer.",
							"Dat ik Bilal vaker mag zien."),
					-1);
			meetings.correct(family, past, "DECIDED", "Het is twee keer per maand een hele dag, van 10 tot 17 uur.");
			meetings.steamOff(family, past, "Ik was echt boos toen de oude verslagen weer op tafel kwamen.");
			return null;
		});
	}

	/**
	 * Dates for two sessions of the catalogue: one with places, one full with a waiting
	 * list, and a custom request from a university of applied sciences.
	 */
	private void trainingDates() {
		// on working days: a Tuesday some weeks ahead
		java.time.LocalDate tuesday = nl.naast.shared.DisplayTime.today(clock)
			.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
		UUID doubt = UUID.fromString("2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e01");
		UUID direction = UUID.fromString("2f6b1c3e-8a41-4b7e-9c1d-0a1b2c3d4e03");
		trainings.saveDate(doubt, null, new nl.naast.trainings.Forms.DateForm(tuesday.plusWeeks(3).toString(), "13:00",
				"16:00", "Buurthuis De Linde, Lindelaan 4, Utrecht", "", "12", tuesday.plusWeeks(2).toString()), -1);
		trainings.saveDate(doubt, null, new nl.naast.trainings.Forms.DateForm(tuesday.plusWeeks(7).toString(), "09:30",
				"12:30", "", "https://meet.naast.test/twijfel", "20", tuesday.plusWeeks(6).plusDays(3).toString()), -1);
		UUID full = trainings
			.saveDate(direction, null,
					new nl.naast.trainings.Forms.DateForm(tuesday.plusWeeks(4).plusDays(2).toString(), "10:00", "14:00",
							"Naast, Oudegracht 100, Utrecht", "", "2", tuesday.plusWeeks(3).toString()),
					-1)
			.id();
		String[][] people = { { "Eva de Wit", "eva@wijkteam.test" }, { "Mohamed Tahiri", "mohamed@jeugdzorg.test" },
				{ "Iris Peeters", "iris@gemeente.test" } };
		for (String[] person : people) {
			trainings.register(full, new nl.naast.trainings.Forms.RegistrationForm(person[0], person[1],
					"Wijkteam Utrecht-West", "jeugdprofessional", "", ""), "demo");
		}
		trainings.request(new nl.naast.trainings.Forms.RequestForm("GUEST_LECTURE", "HBO", "Marieke Vos",
				"m.vos@hogeschool.test", "Hogeschool Utrecht, Social Work",
				"Cultuursensitief werken, voor tweedejaars studenten", "Voorjaar, op een dinsdag", "80",
				"Gastlestarief van de hogeschool", "Kan het ook in het Engels voor de internationale klas?", ""),
				"demo-request");
	}

	private record Invitation(UUID familyId, String token) {
	}

	private UUID register(Map<String, String> fields) {
		FamilyFiles.Saved saved = families.register(FamilyForm.fromFields(fields));
		if (!saved.ok()) {
			throw new IllegalStateException("Demo family is invalid: " + saved.errors().all());
		}
		return saved.familyId();
	}

	/** The login help printed once Naast is ready. */
	@EventListener(ApplicationReadyEvent.class)
	void printLoginHelp() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		List<String> lines = List.of("", "  Naast is running: http://localhost:" + port,
				"  Demo accounts (password: " + PASSWORD + "):",
				"    coordinator@naast.test  process coordinator (procesbegeleider)",
				"    partner@naast.test      partner professional (ketenpartner)",
				"    parent@naast.test       parent (ouder)", "    youth@naast.test        young person (jongere)",
				"    manager@naast.test      team manager (teamleider)",
				"    admin@naast.test        administrator (beheerder)",
				"    trainer@naast.test      trainer: manages the public trainings at /admin/trainings",
				"  The public trainings catalogue needs no sign-in: http://localhost:" + port + "/trainings",
				"  Mail is not sent in the demo; administrators read it at /admin/outbox.", "");
		lines.forEach(System.out::println);
	}

}
