package nl.naast.generator;

import static nl.naast.generator.Phrases.pick;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.audit.AuditRecord;
import nl.naast.demands.DemandKind;
import nl.naast.demands.DemandStatus;
import nl.naast.family.LivingSituation;
import nl.naast.identity.OrganisationKind;
import nl.naast.identity.Role;
import nl.naast.legal.ContactArrangement;
import nl.naast.legal.ContactMoment;
import nl.naast.legal.EventKind;
import nl.naast.legal.MeasureKind;
import nl.naast.meetings.MeetingKind;
import nl.naast.plan.Horizon;
import nl.naast.plan.Progress;
import nl.naast.shared.DisplayTime;
import nl.naast.story.Domain;
import nl.naast.story.Source;
import nl.naast.story.StoryDate;
import nl.naast.story.Valence;
import nl.naast.team.MembershipStatus;

/**
 * Generates fictional families with batched inserts, one transaction per chunk of
 * families. Every family draws from its own seeded random, so the same seed gives the
 * same ids and texts; dates are relative to the clock's today.
 */
@Service
public class Generator {

	public static final String PASSWORD = "naast-bench";

	public static final String DEFAULT_DOMAIN = "bench.naast.test";

	/**
	 * Family number 1 has a story this long, to load-test paging through a long story.
	 */
	public static final int LARGE_STORY = 10_000;

	/** Family number 2 has a story this short. */
	public static final int SMALL_STORY = 10;

	public static final int TEAM_MEMBERS = 3;

	static final int FAMILIES_PER_CHUNK = 200;

	static final int BATCH = 2_000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-uuuu");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu",
			Locale.forLanguageTag("nl"));

	private static final List<FilePart> CONSENTABLE = List.of(FilePart.STORY, FilePart.PLAN, FilePart.MEETINGS,
			FilePart.DEMANDS, FilePart.LEGAL, FilePart.CONTACT);

	private final DataSource dataSource;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Generator(DataSource dataSource, PasswordEncoder passwords, Clock clock) {
		this.dataSource = dataSource;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * @param familiesPerCoordinator how many families each generated coordinator has
	 * @param emailDomain the domain of every generated address; organisation names carry
	 * it when it is not the default, so that several runs can share a database
	 */
	public record Settings(int families, long seed, int familiesPerCoordinator, String emailDomain) {

		public Settings {
			if (families < 1) {
				throw new IllegalArgumentException("At least one family");
			}
			if (familiesPerCoordinator < 1) {
				throw new IllegalArgumentException("At least one family per coordinator");
			}
		}

		public static Settings of(int families, long seed) {
			return new Settings(families, seed, 30, DEFAULT_DOMAIN);
		}

		int coordinators() {
			return (families + familiesPerCoordinator - 1) / familiesPerCoordinator;
		}

		/** About ten families per partner, and at least a full team. */
		int partners() {
			return Math.max(TEAM_MEMBERS, (families + 9) / 10);
		}

		String email(String kind, int number) {
			return kind + "-" + number + "@" + emailDomain;
		}

		String organisation(String name) {
			return DEFAULT_DOMAIN.equals(emailDomain) ? name : name + " (" + emailDomain + ")";
		}

	}

	/** Where the generation stands, after each chunk. */
	public record Status(int familiesDone, int families, long rows, long elapsedNanos) {
	}

	/** A generated family that a load test or a check can start from. */
	public record Sample(int number, UUID familyId, String familyName, String coordinatorEmail, String parentEmail,
			int storyEntries) {
	}

	/**
	 * @param samples the first family of each of the first 20 coordinators, then families
	 * 1 and 2
	 */
	public record Result(Settings settings, Map<String, Long> rows, long total, long elapsedNanos, List<UUID> familyIds,
			List<Sample> samples, Sample largeStory, Sample smallStory) {
	}

	/** The public id family number {@code number} gets with this seed. */
	public static UUID familyId(long seed, int number) {
		return SeededIds.next(SeededIds.forFamily(seed, number));
	}

	public Result generate(Settings settings, Consumer<Status> progress) {
		long started = System.nanoTime();
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String hash = passwords.encode(PASSWORD);
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			Integer writeDelay = relaxWriteDelay(connection);
			connection.setAutoCommit(false);
			try (Batches batches = new Batches(connection, BATCH)) {
				Writer writer = new Writer(settings, batches, now, hash);
				writer.people(connection);
				int[] order = generationOrder(settings.seed(), settings.families());
				UUID[] familyIds = new UUID[settings.families()];
				Sample[] samples = new Sample[Math.min(20, settings.coordinators())];
				Sample[] stories = new Sample[2];
				for (int from = 1; from <= settings.families(); from += FAMILIES_PER_CHUNK) {
					int to = Math.min(settings.families(), from + FAMILIES_PER_CHUNK - 1);
					writer.lockChainHead(connection);
					for (int position = from; position <= to; position++) {
						int number = order[position - 1];
						Sample sample = writer.family(number, position);
						familyIds[number - 1] = sample.familyId();
						int coordinator = (number - 1) / settings.familiesPerCoordinator();
						if (isFirstOfCoordinator(settings, number) && coordinator < samples.length) {
							samples[coordinator] = sample;
						}
						if (number <= 2) {
							stories[number - 1] = sample;
						}
					}
					batches.flush();
					writer.updateChainHead(connection);
					connection.commit();
					progress.accept(new Status(to, settings.families(), batches.total(), System.nanoTime() - started));
				}
				// fresh statistics, as after any bulk load: without them the query
				// planner
				// guesses for tables that grew by millions of rows, and may scan them
				try (java.sql.Statement analyze = connection.createStatement()) {
					analyze.execute("ANALYZE");
				}
				connection.commit();
				return new Result(settings, batches.rows(), batches.total(), System.nanoTime() - started,
						List.of(familyIds), List.of(samples), stories[0], stories[1]);
			}
			catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
			finally {
				connection.setAutoCommit(autoCommit);
				restoreWriteDelay(connection, writeDelay);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Generating failed: " + e.getMessage(), e);
		}
	}

	/**
	 * H2 with WRITE_DELAY=0 (the embedded default, for durability) writes in the
	 * inserting thread instead of in the background, which slows generating by a third.
	 * Generated data is regenerated after a crash, so the delay is relaxed while
	 * generating and put back. (Not the cache size: H2 keeps a set cache size in the
	 * database for good, and an application with a smaller heap would then run out of
	 * memory.)
	 * @return the delay to put back, or null when the database is not H2
	 */
	private static Integer relaxWriteDelay(Connection connection) throws SQLException {
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return null;
		}
		try (PreparedStatement read = connection.prepareStatement(
				"SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'");
				ResultSet rs = read.executeQuery()) {
			Integer delay = rs.next() ? Integer.valueOf(rs.getString(1)) : 500;
			try (var set = connection.createStatement()) {
				set.execute("SET WRITE_DELAY 500");
			}
			return delay;
		}
	}

	private static void restoreWriteDelay(Connection connection, Integer delay) throws SQLException {
		if (delay != null) {
			try (var set = connection.createStatement()) {
				set.execute("SET WRITE_DELAY " + delay);
			}
		}
	}

	/**
	 * The family numbers in the order of their ids, as the database orders them. Every
	 * family's rows carry its id, and more than 40 indexes start with it: written in this
	 * order, each of those indexes grows at its end, as it does with the row ids, instead
	 * of at random places all over an index that no longer fits in the cache. The ids
	 * themselves stay random.
	 */
	static int[] generationOrder(long seed, int families) {
		UUID[] ids = new UUID[families + 1];
		Integer[] numbers = new Integer[families];
		for (int number = 1; number <= families; number++) {
			ids[number] = familyId(seed, number);
			numbers[number - 1] = number;
		}
		Arrays.sort(numbers, Comparator.comparing((Integer number) -> ids[number], SeededIds.DATABASE_ORDER));
		return Arrays.stream(numbers).mapToInt(Integer::intValue).toArray();
	}

	static boolean isFirstOfCoordinator(Settings settings, int number) {
		return (number - 1) % settings.familiesPerCoordinator() == 0;
	}

	private record Person(UUID id, String name, String organisation) {
	}

	/** Writes the rows; holds the tables and the chain's last link between chunks. */
	private static final class Writer {

		private final Settings settings;

		private final Instant now;

		private final LocalDate today;

		private final String passwordHash;

		private final List<Person> coordinators = new ArrayList<>();

		private final List<Person> partners = new ArrayList<>();

		private long sequence;

		private String lastHash;

		/** The ids of the current family's rows. */
		private SeededIds.RowIds ids;

		/** The current family's story entries per domain and kind ("DOMAIN VALENCE"). */
		private final Map<String, Integer> tally = new java.util.TreeMap<>();

		private final Batches.Table organisation, account, family, carer, child, relationship, membership, consent,
				consentChange, story, storyTally, demand, meeting, goal, step, measure, event, arrangement, moment,
				audit;

		Writer(Settings settings, Batches batches, Instant now, String passwordHash) throws SQLException {
			this.settings = settings;
			this.now = now;
			this.today = LocalDate.ofInstant(now, DisplayTime.ZONE);
			this.passwordHash = passwordHash;
			organisation = batches.table("organisation", "id", "name", "name_key", "kind", "created_at", "version");
			account = batches.table("account", "id", "email", "display_name", "password_hash", "role",
					"organisation_id", "enabled", "created_at", "version");
			family = batches.table("family", "id", "name", "strengths", "concerns", "version", "created_at",
					"created_by", "updated_at", "updated_by");
			carer = batches.table("family_carer", "id", "family_id", "name", "phone", "email", "preferred_language",
					"position", "version", "created_at", "created_by", "updated_at", "updated_by");
			child = batches.table("family_child", "id", "family_id", "name", "date_of_birth", "living_situation",
					"living_since", "living_with", "email", "position", "version", "created_at", "created_by",
					"updated_at", "updated_by");
			relationship = batches.table("family_relationship", "id", "family_id", "account_id", "kind", "member_id",
					"created_at", "created_by");
			membership = batches.table("team_membership", "id", "family_id", "account_id", "role_for_family", "task",
					"not_task", "status", "token_hash", "expires_at", "invited_by", "invited_at", "accepted_at",
					"joined_at", "ended_at", "ended_by", "version", "created_at", "created_by", "updated_at",
					"updated_by");
			consent = batches.table("family_consent", "family_id", "account_id", "part", "granted_at", "granted_by");
			consentChange = batches.table("family_consent_change", "id", "family_id", "account_id", "member_name",
					"part", "granted", "changed_at", "changed_by", "changed_by_name", "on_paper");
			story = batches.table("story_entry", "id", "family_id", "when_typed", "when_from", "when_to", "precision",
					"what", "domain", "valence", "source", "author_id", "author_name", "author_kind", "created_at");
			storyTally = batches.table("story_tally", "family_id", "domain", "valence", "entries");
			demand = batches.table("demand", "id", "family_id", "asker_org", "asker_person", "asked_of_id",
					"asked_of_name", "what", "why", "consequence", "kind", "starts_at", "duration_minutes", "all_day",
					"place", "due_on", "compulsory", "reference", "status", "withdraw_reason", "recorded_by",
					"recorded_by_name", "recorded_by_kind", "version", "created_at", "created_by", "updated_at",
					"updated_by");
			meeting = batches.table("meeting", "id", "family_id", "kind", "organisation", "meets_on", "starts_at",
					"ends_at", "place", "recorded_after", "version", "prep_version", "guide_version", "summary_said",
					"nothing_agreed", "summary_by_name", "summary_final_at", "summary_version", "created_by",
					"created_by_name", "created_at", "updated_by", "updated_at");
			goal = batches.table("plan_goal", "id", "family_id", "horizon", "text", "status", "author_account_id",
					"author_name", "author_kind", "agreed_at", "agreed_by_name", "version", "created_at", "created_by",
					"updated_at", "updated_by");
			step = batches.table("plan_step", "id", "family_id", "goal_id", "what", "who_kind", "who_id", "who_name",
					"due_on", "status", "position", "version", "created_at", "created_by", "updated_at", "updated_by");
			measure = batches.table("legal_measure", "id", "family_id", "child_id", "kind", "starts_on", "ends_on",
					"executed_on", "court", "reference", "version", "created_at", "created_by", "updated_at",
					"updated_by");
			event = batches.table("legal_event", "id", "family_id", "child_id", "kind", "base_on", "due_on", "at_time",
					"place", "who_acts", "what_needed", "done_on", "version", "created_at", "created_by", "updated_at",
					"updated_by");
			arrangement = batches.table("contact_arrangement", "id", "family_id", "child_id", "frequency", "minutes",
					"supervised", "place", "set_by", "since", "version", "created_at", "created_by", "updated_at",
					"updated_by");
			moment = batches.table("contact_moment", "id", "family_id", "child_id", "starts_at", "minutes", "place",
					"supervised", "outcome", "cancelled_by", "reason", "actual_minutes", "version", "created_at",
					"created_by", "updated_at", "updated_by");
			audit = batches.table("audit_record", "sequence", "occurred_at", "actor_account_id", "actor_name",
					"actor_role", "actor_organisation", "family_id", "resource", "action", "outcome", "reason",
					"client_address", "request_id", "previous_hash", "hash", "content_salt", "content_digest");
		}

		/** Organisations, coordinators and partners, shared by all families. */
		void people(Connection connection) throws SQLException {
			try (PreparedStatement exists = connection
				.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
				exists.setString(1, settings.email("coordinator", 1));
				try (ResultSet rs = exists.executeQuery()) {
					rs.next();
					if (rs.getLong(1) > 0) {
						throw new IllegalStateException(
								"This database already holds generated accounts; generate into an empty database");
					}
				}
			}
			SplittableRandom random = SeededIds.forPeople(settings.seed());
			Instant created = now.minus(3 * 365 + 30, ChronoUnit.DAYS);
			Person team = organisation(random, "Ondersteuningsteam Bench", OrganisationKind.SUPPORT_TEAM, created);
			List<Person> agencies = List.of(
					organisation(random, "Jeugdbescherming Bench", OrganisationKind.CHILD_PROTECTION_AGENCY, created),
					organisation(random, "Wijkteam Bench", OrganisationKind.MUNICIPALITY, created),
					organisation(random, "Schuldhulp Bench", OrganisationKind.DEBT_HELP, created));
			for (int n = 1; n <= settings.coordinators(); n++) {
				coordinators.add(account(random, settings.email("coordinator", n), Role.COORDINATOR, team, created));
			}
			for (int n = 1; n <= settings.partners(); n++) {
				partners.add(account(random, settings.email("partner", n), Role.PARTNER,
						agencies.get((n - 1) % agencies.size()), created));
			}
		}

		private Person organisation(SplittableRandom random, String name, OrganisationKind kind, Instant created)
				throws SQLException {
			UUID id = SeededIds.next(random);
			String full = settings.organisation(name);
			organisation.add(id, full, full.toLowerCase(Locale.ROOT), kind.name(), utc(created), 0);
			return new Person(id, full, full);
		}

		private Person account(SplittableRandom random, String email, Role role, Person organisation, Instant created)
				throws SQLException {
			UUID id = SeededIds.next(random);
			String name = pick(Phrases.FIRST_NAMES_ADULT, random) + " " + pick(Phrases.SURNAMES, random);
			account.add(id, email, name, passwordHash, role.name(), organisation == null ? null : organisation.id(),
					true, utc(created), 0);
			return new Person(id, name, organisation == null ? null : organisation.name());
		}

		void lockChainHead(Connection connection) throws SQLException {
			try (PreparedStatement head = connection
				.prepareStatement("SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
					ResultSet rs = head.executeQuery()) {
				rs.next();
				sequence = rs.getLong(1);
				lastHash = rs.getString(2);
			}
		}

		void updateChainHead(Connection connection) throws SQLException {
			try (PreparedStatement head = connection
				.prepareStatement("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
				head.setLong(1, sequence);
				head.setString(2, lastHash);
				head.executeUpdate();
			}
		}

		/**
		 * @param position the family's place in the generation order, which its row ids
		 * follow
		 */
		Sample family(int number, int position) throws SQLException {
			SplittableRandom r = SeededIds.forFamily(settings.seed(), number);
			UUID familyId = SeededIds.next(r);
			Person coordinator = coordinators.get((number - 1) / settings.familiesPerCoordinator());
			String surname = pick(Phrases.SURNAMES, r);
			String familyName = "Gezin " + surname;
			Instant start = now.minus(30 + r.nextInt(3 * 365 - 30), ChronoUnit.DAYS)
				.minus(r.nextInt(8 * 3600), ChronoUnit.SECONDS);
			family.add(familyId, familyName, pick(Phrases.STRENGTHS, r) + " " + pick(Phrases.STRENGTHS, r),
					pick(Phrases.CONCERNS, r) + " " + pick(Phrases.CONCERNS, r), r.nextInt(3), utc(start),
					coordinator.id(), utc(between(r, start, now)), coordinator.id());

			// carers: the first has the parent account
			String parentEmail = settings.email("parent", number);
			UUID parentId = SeededIds.next(r);
			ids = new SeededIds.RowIds(position, r);
			List<Person> carers = new ArrayList<>();
			int carerCount = r.nextInt(4) == 0 ? 2 : 1;
			for (int i = 0; i < carerCount; i++) {
				UUID id = ids.next();
				String name = pick(Phrases.FIRST_NAMES_ADULT, r) + " " + surname;
				carer.add(id, familyId, name, "06 " + (10_000_000 + r.nextInt(89_999_999)), i == 0 ? parentEmail : null,
						r.nextInt(5) == 0 ? "Nederlands en Arabisch" : "Nederlands", i, 0, utc(start), coordinator.id(),
						utc(start), coordinator.id());
				carers.add(new Person(id, name, null));
			}
			Person parent = new Person(parentId, carers.get(0).name(), null);
			account.add(parentId, parentEmail, parent.name(), passwordHash, Role.PARENT.name(), null, true, utc(start),
					0);

			List<UUID> childrenAway = new ArrayList<>();
			List<UUID> children = new ArrayList<>();
			int childCount = 1 + r.nextInt(3);
			for (int i = 0; i < childCount; i++) {
				UUID id = ids.next();
				LocalDate born = today.minusDays(200 + r.nextInt(17 * 365));
				int situation = r.nextInt(20);
				LivingSituation living = situation < 10 ? LivingSituation.AT_HOME
						: situation < 15 ? LivingSituation.FOSTER_CARE : situation < 17 ? LivingSituation.FAMILY_HOME
								: situation < 19 ? LivingSituation.RESIDENTIAL : LivingSituation.OTHER;
				boolean home = living == LivingSituation.AT_HOME;
				LocalDate since = home ? null : max(born, day(start).minusDays(r.nextInt(365)));
				child.add(id, familyId, pick(Phrases.FIRST_NAMES_CHILD, r) + " " + surname, born, living.name(), since,
						home ? null : "pleeggezin in de regio", null, i, 0, utc(start), coordinator.id(), utc(start),
						coordinator.id());
				children.add(id);
				if (!home) {
					childrenAway.add(id);
				}
			}

			// relationships: the coordinator registered the family and admitted the
			// parent
			relationship.add(ids.next(), familyId, coordinator.id(), RelationshipKind.COORDINATOR.name(), null,
					utc(start), coordinator.id());
			relationship.add(ids.next(), familyId, parentId, RelationshipKind.PARENT.name(), carers.get(0).id(),
					utc(start), coordinator.id());

			// the team: invited by the coordinator, accepted, let in by the parent, with
			// consent for some parts
			List<Person> team = new ArrayList<>();
			int offset = r.nextInt(partners.size());
			for (int i = 0; i < TEAM_MEMBERS; i++) {
				Person partner = partners.get((offset + i) % partners.size());
				team.add(partner);
				Instant invited = between(r, start, start.plus(20, ChronoUnit.DAYS));
				Instant accepted = invited.plus(1 + r.nextInt(48), ChronoUnit.HOURS);
				Instant joined = accepted.plus(1 + r.nextInt(72), ChronoUnit.HOURS);
				membership.add(ids.next(), familyId, partner.id(), pick(Phrases.ROLES_FOR_FAMILY, r),
						pick(Phrases.TASKS, r), null, MembershipStatus.ACTIVE.name(), null,
						utc(invited.plus(14, ChronoUnit.DAYS)), coordinator.id(), utc(invited), utc(accepted),
						utc(joined), null, null, 2, utc(invited), coordinator.id(), utc(joined), parentId);
				relationship.add(ids.next(), familyId, partner.id(), RelationshipKind.TEAM_MEMBER.name(), null,
						utc(joined), parentId);
				for (FilePart part : CONSENTABLE) {
					if (r.nextInt(3) == 0) {
						consent.add(familyId, partner.id(), part.name(), utc(joined), parentId);
						consentChange.add(ids.next(), familyId, partner.id(), partner.name(), part.name(), true,
								utc(joined), parentId, parent.name(), false);
					}
				}
			}

			int storyEntries = number == 1 ? LARGE_STORY : number == 2 ? SMALL_STORY : 30 + r.nextInt(41);
			tally.clear();
			for (int i = 0; i < storyEntries; i++) {
				storyEntry(r, familyId, start, coordinator, parent);
			}
			// the story module keeps this tally as entries are written
			for (Map.Entry<String, Integer> kind : tally.entrySet()) {
				String[] domainAndValence = kind.getKey().split(" ");
				storyTally.add(familyId, domainAndValence[0], domainAndValence[1], (long) kind.getValue());
			}
			int demandCount = 10 + r.nextInt(11);
			for (int i = 0; i < demandCount; i++) {
				demand(r, familyId, start, coordinator, carers.get(0));
			}
			int meetingCount = 5 + r.nextInt(11);
			for (int i = 0; i < meetingCount; i++) {
				meeting(r, familyId, start, coordinator);
			}
			int goalCount = 7 + r.nextInt(7);
			for (int i = 0; i < goalCount; i++) {
				goal(r, familyId, start,
						i == 0 ? Horizon.END_GOAL : r.nextBoolean() ? Horizon.HALF_YEAR : Horizon.TOMORROW, coordinator,
						parent, carers.get(0), team);
			}
			legal(r, familyId, start, coordinator, children, childrenAway);
			audit(r, familyId, start, coordinator, parent, team);
			return new Sample(number, familyId, familyName,
					settings.email("coordinator", (number - 1) / settings.familiesPerCoordinator() + 1), parentEmail,
					storyEntries);
		}

		private void storyEntry(SplittableRandom r, UUID familyId, Instant start, Person coordinator, Person parent)
				throws SQLException {
			LocalDate when = today.minusDays(r.nextInt(10 * 365));
			int kind = r.nextInt(20);
			String typed;
			LocalDate from;
			LocalDate to;
			StoryDate.Precision precision;
			if (kind < 10) {
				typed = DAY.format(when);
				from = when;
				to = when;
				precision = StoryDate.Precision.DAY;
			}
			else if (kind < 15) {
				typed = MONTH.format(when);
				from = when.withDayOfMonth(1);
				to = when.withDayOfMonth(when.lengthOfMonth());
				precision = StoryDate.Precision.MONTH;
			}
			else if (kind < 19) {
				typed = Integer.toString(when.getYear());
				from = when.withDayOfYear(1);
				to = when.withDayOfYear(when.lengthOfYear());
				precision = StoryDate.Precision.YEAR;
			}
			else {
				typed = null;
				from = null;
				to = null;
				precision = StoryDate.Precision.NONE;
			}
			boolean byFamily = r.nextInt(2) == 0;
			Person author = byFamily ? parent : coordinator;
			Source source = byFamily ? Source.FAMILY : r.nextInt(4) == 0 ? Source.DOCUMENT : Source.PROFESSIONAL;
			Valence valence = Valence.values()[r.nextInt(Valence.values().length)];
			Domain domain = Domain.values()[r.nextInt(Domain.values().length)];
			tally.merge(domain.name() + " " + valence.name(), 1, Integer::sum);
			story.add(ids.next(), familyId, typed, from, to, precision.name(), pick(Phrases.STORY, r), domain.name(),
					valence.name(), source.name(), author.id(), author.name(),
					(byFamily ? RelationshipKind.PARENT : RelationshipKind.COORDINATOR).name(),
					utc(between(r, start, now)));
		}

		private void demand(SplittableRandom r, UUID familyId, Instant start, Person coordinator, Person askedOf)
				throws SQLException {
			DemandKind kind = DemandKind.values()[r.nextInt(DemandKind.values().length)];
			Instant created = between(r, start, now);
			Instant startsAt = null;
			LocalDate dueOn = null;
			if (kind == DemandKind.APPOINTMENT) {
				LocalDate on = day(created).plusDays(r.nextInt(60));
				startsAt = on.atTime(9 + r.nextInt(8), r.nextBoolean() ? 0 : 30).atZone(DisplayTime.ZONE).toInstant();
			}
			else if (kind == DemandKind.TASK) {
				dueOn = day(created).plusDays(7 + r.nextInt(30));
			}
			boolean future = startsAt != null ? startsAt.isAfter(now) : dueOn != null && dueOn.isAfter(today);
			int state = r.nextInt(10);
			DemandStatus status = future || state < 6 ? DemandStatus.OPEN
					: state < 9 ? DemandStatus.DONE : DemandStatus.WITHDRAWN;
			// drawn whatever the branch, so that the same seed gives the same data on any
			// day
			Instant later = between(r, created, now);
			String reason = pick(Phrases.REASONS, r);
			Instant updated = status == DemandStatus.OPEN ? created : later;
			demand.add(ids.next(), familyId, pick(Phrases.ORGANISATIONS, r), null, askedOf.id(), askedOf.name(),
					pick(Phrases.DEMANDS, r), null, null, kind.name(), utc(startsAt), startsAt == null ? null : 60,
					false, startsAt == null ? null : pick(Phrases.PLACES, r), dueOn, r.nextInt(3) == 0, null,
					status.name(), status == DemandStatus.WITHDRAWN ? reason : null, coordinator.id(),
					coordinator.name(), RelationshipKind.COORDINATOR.name(), status == DemandStatus.OPEN ? 0 : 1,
					utc(created), coordinator.id(), utc(updated), coordinator.id());
		}

		private void meeting(SplittableRandom r, UUID familyId, Instant start, Person coordinator) throws SQLException {
			MeetingKind kind = MeetingKind.values()[r.nextInt(MeetingKind.values().length)];
			Instant created = between(r, start, now);
			LocalDate on = day(created).plusDays(r.nextInt(45));
			Instant startsAt = on.atTime(9 + r.nextInt(8), 0).atZone(DisplayTime.ZONE).toInstant();
			boolean past = startsAt.isBefore(now);
			boolean summarised = r.nextInt(10) < 7 && past;
			int summaryDelay = 1 + r.nextInt(72);
			String summary = pick(Phrases.SUMMARIES, r);
			Instant summaryAt = summarised ? startsAt.plus(summaryDelay, ChronoUnit.HOURS) : null;
			if (summaryAt != null && summaryAt.isAfter(now)) {
				summaryAt = now;
			}
			meeting.add(ids.next(), familyId, kind.name(), pick(Phrases.ORGANISATIONS, r), on, utc(startsAt),
					utc(startsAt.plus(60, ChronoUnit.MINUTES)), pick(Phrases.PLACES, r), false, 0, 0, 0,
					summarised ? summary : null, false, summarised ? coordinator.name() : null, utc(summaryAt),
					summarised ? 1 : 0, coordinator.id(), coordinator.name(), utc(created), coordinator.id(),
					utc(summaryAt == null ? created : summaryAt));
		}

		private void goal(SplittableRandom r, UUID familyId, Instant start, Horizon horizon, Person coordinator,
				Person parent, Person firstCarer, List<Person> team) throws SQLException {
			UUID goalId = ids.next();
			Instant created = between(r, start, now);
			boolean byFamily = r.nextInt(10) < 6;
			Person author = byFamily ? parent : coordinator;
			boolean agreed = byFamily || r.nextInt(10) < 7;
			Progress status = progress(r);
			Instant updated = status == Progress.OPEN ? created : between(r, created, now);
			goal.add(goalId, familyId, horizon.name(), pick(Phrases.GOALS, r), status.name(), author.id(),
					author.name(), (byFamily ? RelationshipKind.PARENT : RelationshipKind.COORDINATOR).name(),
					agreed ? utc(created) : null, agreed ? parent.name() : null, status == Progress.OPEN ? 0 : 1,
					utc(created), author.id(), utc(updated), author.id());
			int steps = 1 + r.nextInt(5);
			for (int position = 0; position < steps; position++) {
				boolean forFamily = r.nextBoolean();
				Person who = forFamily ? firstCarer : r.nextBoolean() ? coordinator : team.get(r.nextInt(team.size()));
				Progress stepStatus = progress(r);
				Instant stepCreated = between(r, created, now);
				step.add(ids.next(), familyId, goalId, pick(Phrases.STEPS, r), forFamily ? "FAMILY" : "TEAM", who.id(),
						who.name(), day(stepCreated).plusDays(7 + r.nextInt(60)), stepStatus.name(), position,
						stepStatus == Progress.OPEN ? 0 : 1, utc(stepCreated), author.id(),
						utc(stepStatus == Progress.OPEN ? stepCreated : between(r, stepCreated, now)), author.id());
			}
		}

		private static Progress progress(SplittableRandom r) {
			int p = r.nextInt(20);
			return p < 7 ? Progress.OPEN
					: p < 15 ? Progress.IN_PROGRESS : p < 19 ? Progress.REACHED : Progress.ADJUSTED;
		}

		private void legal(SplittableRandom r, UUID familyId, Instant start, Person coordinator, List<UUID> children,
				List<UUID> childrenAway) throws SQLException {
			String reference = "C/16/" + (100_000 + r.nextInt(900_000));
			for (UUID childId : children) {
				boolean away = childrenAway.contains(childId);
				if (!away && r.nextInt(10) < 4) {
					continue;
				}
				LocalDate startsOn = day(start).minusDays(r.nextInt(200));
				LocalDate endsOn = startsOn.plusYears(1);
				while (endsOn.isBefore(today.minusDays(30))) {
					// extended each year, as most supervision orders are
					startsOn = endsOn;
					endsOn = startsOn.plusYears(1);
				}
				Instant created = between(r, start, now);
				measure.add(ids.next(), familyId, childId, MeasureKind.OTS.name(), startsOn, endsOn, null,
						"Rechtbank Midden-Nederland", reference, 0, utc(created), coordinator.id(), utc(created),
						coordinator.id());
				if (away) {
					measure.add(ids.next(), familyId, childId, MeasureKind.MUHP.name(), startsOn, endsOn,
							startsOn.plusDays(r.nextInt(20)), "Rechtbank Midden-Nederland", reference, 0, utc(created),
							coordinator.id(), utc(created), coordinator.id());
					arrangement.add(ids.next(), familyId, childId, "Elke week", 90, r.nextBoolean(),
							pick(Phrases.PLACES, r), ContactArrangement.SetBy.AGENCY.name(), startsOn, 0, utc(created),
							coordinator.id(), utc(created), coordinator.id());
					int moments = 2 + r.nextInt(4);
					for (int i = 0; i < moments; i++) {
						contactMoment(r, familyId, childId, start, coordinator);
					}
				}
			}
			int events = r.nextInt(3);
			for (int i = 0; i < events; i++) {
				Instant created = between(r, start, now);
				LocalDate due = day(created).plusDays(5 + r.nextInt(60));
				boolean hearing = r.nextBoolean();
				EventKind kind = hearing ? EventKind.HEARING : EventKind.EVALUATION;
				event.add(ids.next(), familyId, children.get(0), kind.name(), null, due,
						hearing ? LocalTime.of(10, 30) : null, hearing ? "Rechtbank Midden-Nederland" : null,
						"De jeugdbeschermer", "Samen voorbereiden wat het gezin wil zeggen.",
						due.isBefore(today) ? due : null, 0, utc(created), coordinator.id(), utc(created),
						coordinator.id());
			}
		}

		private void contactMoment(SplittableRandom r, UUID familyId, UUID childId, Instant start, Person coordinator)
				throws SQLException {
			Instant created = between(r, start, now);
			Instant startsAt = day(created).plusDays(1 + r.nextInt(14))
				.atTime(14, 0)
				.atZone(DisplayTime.ZONE)
				.toInstant();
			ContactMoment.Outcome outcome = ContactMoment.Outcome.PLANNED;
			ContactMoment.CancelledBy cancelledBy = null;
			Integer actual = null;
			int o = r.nextInt(10);
			ContactMoment.CancelledBy by = ContactMoment.CancelledBy.values()[r
				.nextInt(ContactMoment.CancelledBy.values().length)];
			int shortened = 30 + r.nextInt(40);
			String reason = pick(Phrases.REASONS, r);
			if (startsAt.isBefore(now)) {
				outcome = o < 7 ? ContactMoment.Outcome.HAPPENED
						: o < 9 ? ContactMoment.Outcome.CANCELLED : ContactMoment.Outcome.SHORTENED;
				if (outcome == ContactMoment.Outcome.CANCELLED) {
					cancelledBy = by;
				}
				if (outcome == ContactMoment.Outcome.SHORTENED) {
					actual = shortened;
				}
			}
			moment.add(ids.next(), familyId, childId, utc(startsAt), 90, pick(Phrases.PLACES, r), true, outcome.name(),
					cancelledBy == null ? null : cancelledBy.name(), cancelledBy == null ? null : reason, actual,
					outcome == ContactMoment.Outcome.PLANNED ? 0 : 1, utc(created), coordinator.id(), utc(created),
					coordinator.id());
		}

		private static final String[][] COORDINATOR_ACTIONS = { { "family.overview", "VIEW" },
				{ "family.story", "VIEW" }, { "family.plan", "VIEW" }, { "family.demands", "VIEW" },
				{ "family.meetings", "VIEW" }, { "family.team", "VIEW" }, { "family.legal", "VIEW" },
				{ "family.plan.goal", "CREATE" }, { "family.story.entry", "CREATE" },
				{ "family.demands.demand", "CREATE" }, { "family.meetings.meeting", "CREATE" } };

		private static final String[][] PARENT_ACTIONS = { { "family.overview", "VIEW" }, { "family.story", "VIEW" },
				{ "family.plan", "VIEW" }, { "family.demands", "VIEW" }, { "family.access-log", "VIEW" },
				{ "family.plan.goal", "CREATE" }, { "family.story.entry", "CREATE" } };

		/**
		 * Audit records as the app writes them: the registration first, then reads and
		 * changes by the coordinator, the parent and team members (who only see the team
		 * page without consent), each continuing the chain.
		 */
		private void audit(SplittableRandom r, UUID familyId, Instant start, Person coordinator, Person parent,
				List<Person> team) throws SQLException {
			int count = 30 + r.nextInt(21);
			long span = Math.max(1, now.getEpochSecond() - start.getEpochSecond());
			long[] offsets = new long[count];
			for (int i = 1; i < count; i++) {
				offsets[i] = r.nextLong(span);
			}
			java.util.Arrays.sort(offsets);
			for (int i = 0; i < count; i++) {
				Instant at = start.plusSeconds(offsets[i]);
				int who = r.nextInt(20);
				Person actor;
				String role;
				String[] action;
				if (i == 0) {
					actor = coordinator;
					role = Role.COORDINATOR.name();
					action = new String[] { "family.overview", "CREATE" };
				}
				else if (who < 10) {
					actor = coordinator;
					role = Role.COORDINATOR.name();
					action = COORDINATOR_ACTIONS[r.nextInt(COORDINATOR_ACTIONS.length)];
				}
				else if (who < 17) {
					actor = parent;
					role = Role.PARENT.name();
					action = PARENT_ACTIONS[r.nextInt(PARENT_ACTIONS.length)];
				}
				else {
					actor = team.get(r.nextInt(team.size()));
					role = Role.PARTNER.name();
					action = new String[] { "family.team", "VIEW" };
				}
				AuditRecord unsigned = new AuditRecord(sequence + 1, at, actor.id(), actor.name(), role,
						actor.organisation(), familyId, action[0], AuditAction.valueOf(action[1]), AuditOutcome.ALLOWED,
						null, "10.0." + r.nextInt(256) + "." + r.nextInt(256), SeededIds.next(r).toString(), lastHash,
						null)
					.salted(Long.toHexString(r.nextLong()));
				String hash = AuditLog.hashOf(unsigned);
				audit.add(unsigned.sequence(), utc(at), actor.id(), actor.name(), role, actor.organisation(), familyId,
						unsigned.resource(), unsigned.action().name(), unsigned.outcome().name(), null,
						unsigned.clientAddress(), unsigned.requestId(), lastHash, hash, unsigned.contentSalt(),
						AuditLog.contentDigestOf(unsigned));
				sequence = unsigned.sequence();
				lastHash = hash;
			}
		}

		private LocalDate day(Instant instant) {
			return LocalDate.ofInstant(instant, DisplayTime.ZONE);
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

		private static Instant between(SplittableRandom r, Instant from, Instant to) {
			long span = to.getEpochSecond() - from.getEpochSecond();
			long offset = r.nextLong(Math.max(1, span));
			return span <= 0 ? from : from.plusSeconds(offset);
		}

		private static OffsetDateTime utc(Instant instant) {
			return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
		}

	}

}
