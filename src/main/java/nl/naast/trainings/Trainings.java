package nl.naast.trainings;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.shared.Ics;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Hashing;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.Tokens;
import nl.naast.shared.mail.Mail;
import nl.naast.shared.mail.MailDue;
import nl.naast.shared.mail.MailProperties;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;
import nl.naast.trainings.Forms.DateForm;
import nl.naast.trainings.Forms.RegistrationForm;
import nl.naast.trainings.Forms.RequestForm;
import nl.naast.trainings.Forms.SessionForm;
import nl.naast.trainings.Views.CatalogueEntry;
import nl.naast.trainings.Views.Cancelled;
import nl.naast.trainings.Views.DatePage;
import nl.naast.trainings.Views.Registered;
import nl.naast.trainings.Views.RegistrationPage;
import nl.naast.trainings.Views.Saved;
import nl.naast.trainings.Views.SessionAdmin;
import nl.naast.trainings.Views.SessionPage;

/**
 * The public catalogue of work sessions, registration with a waiting list, custom
 * requests, and their management. Not family data: access is decided by the route
 * (public, or administrators and trainers), and visitors' details are erased a while
 * after their date.
 */
@Service
public class Trainings {

	/** The form field that carries messages about the registration as a whole. */
	public static final String WHOLE_FORM = "registration";

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final Locale ENGLISH = Locale.ENGLISH;

	private static final int ATTEMPTS_UNDER_CONTENTION = 8;

	private final TrainingRepository repository;

	private final ApplicationEventPublisher events;

	private final MailProperties mail;

	private final TrainingsProperties properties;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Trainings(TrainingRepository repository, ApplicationEventPublisher events, MailProperties mail,
			TrainingsProperties properties, MessageSource messages, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.repository = repository;
		this.events = events;
		this.mail = mail;
		this.properties = properties;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	// the public side

	/**
	 * How long registrants' details are kept after their date, in words in the given
	 * language, e.g. "90 dagen" or "3 months".
	 */
	public String keepRegistrationsInWords(Locale locale) {
		java.time.Period period = properties.keepRegistrationsAfter();
		List<String> parts = new ArrayList<>();
		if (period.getYears() != 0) {
			parts.add(t("trainings.period.years", locale, period.getYears()));
		}
		if (period.getMonths() != 0) {
			parts.add(t("trainings.period.months", locale, period.getMonths()));
		}
		if (period.getDays() != 0 || parts.isEmpty()) {
			parts.add(t("trainings.period.days", locale, period.getDays()));
		}
		String words = parts.get(parts.size() - 1);
		for (int i = parts.size() - 2; i >= 0; i--) {
			words = t(i == parts.size() - 2 ? "trainings.period.and" : "trainings.period.list", locale, parts.get(i),
					words);
		}
		return words;
	}

	/** Published sessions, each with its next date. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> catalogue() {
		Map<UUID, TrainingDate> next = new LinkedHashMap<>();
		repository.upcoming(clock.instant()).forEach(d -> next.putIfAbsent(d.sessionId(), d));
		return repository.sessions(true).stream().map(s -> new CatalogueEntry(s, next.get(s.id()))).toList();
	}

	/** A published session with its coming dates; "not found" for anything else. */
	@Transactional(readOnly = true)
	public SessionPage page(String slug) {
		Session session = repository.bySlug(slug)
			.filter(Session::published)
			.orElseThrow(() -> new NotFoundException("No published session " + slug));
		return sessionPage(session);
	}

	/** The public page of the session a date belongs to. */
	@Transactional(readOnly = true)
	public SessionPage pageOfDate(UUID dateId) {
		TrainingDate date = repository.date(dateId).orElseThrow(() -> new NotFoundException("No date " + dateId));
		Session session = repository.session(date.sessionId())
			.filter(Session::published)
			.orElseThrow(() -> new NotFoundException("No published session for " + dateId));
		return sessionPage(session);
	}

	private SessionPage sessionPage(Session session) {
		Instant now = clock.instant();
		List<TrainingDate> dates = repository.dates(session.id())
			.stream()
			.filter(d -> d.startsAt().isAfter(now))
			.toList();
		return new SessionPage(session, dates, now);
	}

	/**
	 * A visitor registers for a date: a place while there is one, otherwise the waiting
	 * list. The date's row is locked meanwhile, so parallel registrations never exceed
	 * its capacity. A filled-in honeypot gets the answer of success, and nothing is
	 * stored.
	 */
	public Registered register(UUID dateId, RegistrationForm form, String clientAddress) {
		FormErrors errors = FormErrors.none();
		TextInput.check(errors, "name", form.name(), true, 200);
		email(errors, "email", form.email());
		TextInput.check(errors, "organisation", form.organisation(), false, 200);
		TextInput.check(errors, "role", form.role(), false, 200);
		TextInput.check(errors, "needs", form.needs(), false, 1000);
		if (!errors.isEmpty()) {
			return new Registered(errors, null);
		}
		if (form.honeypot() != null && !form.honeypot().isBlank()) {
			return new Registered(errors, RegistrationStatus.REGISTERED);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> registerLocked(dateId, form, clientAddress));
			}
			catch (PessimisticLockingFailureException e) {
				// many registered at the same moment and the lock took too long: try
				// again
				if (attempt == ATTEMPTS_UNDER_CONTENTION) {
					throw e;
				}
			}
		}
	}

	private Registered registerLocked(UUID dateId, RegistrationForm form, String clientAddress) {
		FormErrors errors = FormErrors.none();
		if (!repository.lock(dateId)) {
			throw new NotFoundException("No date " + dateId);
		}
		TrainingDate date = repository.date(dateId).orElseThrow();
		Session session = repository.session(date.sessionId())
			.filter(Session::published)
			.orElseThrow(() -> new NotFoundException("No published session for " + dateId));
		Instant now = clock.instant();
		if (!date.startsAt().isAfter(now)) {
			return new Registered(errors.add(WHOLE_FORM, "trainings.public.validation.past"), null);
		}
		if (!date.open(now)) {
			return new Registered(errors.add(WHOLE_FORM, "trainings.public.validation.closed"), null);
		}
		if (limited(clientAddress, now)) {
			return new Registered(errors.add(WHOLE_FORM, "trainings.public.validation.tooMany"), null);
		}
		// every try counts, so nobody can test address after address
		repository.attempt(Hashing.sha256Hex(clientAddress), now);
		Optional<RegistrationStatus> already = repository.activeWithEmail(dateId,
				TrainingRepository.emailKey(form.email()));
		if (already.isPresent()) {
			// no status on the page: one computed here would be that of a new
			// registration, and wrong; the answer points to the mailbox, where the
			// person behind the address reads whether they have a place
			send("already", alreadyMail(form.email().strip(), already.get(), session, date), date);
			return Registered.answeredByMail();
		}
		// nobody ahead on the waiting list is passed by a newcomer
		RegistrationStatus status = repository.count(dateId, RegistrationStatus.REGISTERED) < date.capacity()
				&& repository.count(dateId, RegistrationStatus.WAITING) == 0 ? RegistrationStatus.REGISTERED
						: RegistrationStatus.WAITING;
		String token = Tokens.next();
		Registration registration = new Registration(Ids.next(), dateId, form.name().strip(), form.email().strip(),
				TextInput.clean(form.organisation()), TextInput.clean(form.role()), TextInput.clean(form.needs()),
				status, repository.nextPosition(dateId), false, now, false);
		repository.insertRegistration(registration, Hashing.sha256Hex(token));
		if (status == RegistrationStatus.REGISTERED) {
			send("confirmation", confirmation(registration, session, date, token), date);
		}
		else {
			send("waiting", waitingMail(registration, session, date, token), date);
		}
		return new Registered(errors, status);
	}

	private boolean limited(String clientAddress, Instant now) {
		return repository.attempts(Hashing.sha256Hex(clientAddress), now.minus(properties.window())) >= properties
			.maxPerAddress();
	}

	/** A registration as its cancel link shows it; "not found" for an unknown token. */
	@Transactional(readOnly = true)
	public RegistrationPage registration(String token) {
		Registration registration = byToken(token);
		TrainingDate date = repository.date(registration.dateId()).orElseThrow();
		Session session = repository.session(date.sessionId()).orElseThrow();
		return new RegistrationPage(registration, session, date, registration.status() != RegistrationStatus.CANCELLED
				&& !registration.erased() && date.startsAt().isAfter(clock.instant()));
	}

	private Registration byToken(String token) {
		if (token == null || token.length() > 100) {
			throw new NotFoundException("No registration");
		}
		return repository.byTokenHash(Hashing.sha256Hex(token))
			.orElseThrow(() -> new NotFoundException("No registration"));
	}

	/**
	 * Cancels through the link in the e-mail. A place that comes free goes to the first
	 * on the waiting list, in the same transaction, and they get an e-mail.
	 */
	@Transactional
	public Cancelled cancel(String token) {
		Registration found = byToken(token);
		repository.lock(found.dateId());
		Registration registration = byToken(token);
		TrainingDate date = repository.date(registration.dateId()).orElseThrow();
		Instant now = clock.instant();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return Cancelled.ALREADY;
		}
		if (!date.startsAt().isAfter(now) || registration.erased()) {
			return Cancelled.TOO_LATE;
		}
		repository.status(registration.id(), RegistrationStatus.CANCELLED, now);
		if (registration.status() == RegistrationStatus.REGISTERED) {
			moveUp(date, now);
		}
		return Cancelled.NOW;
	}

	/**
	 * While there are places, the first on the waiting list gets one, and an e-mail. The
	 * caller holds the date's lock.
	 */
	private void moveUp(TrainingDate date, Instant now) {
		Session session = repository.session(date.sessionId()).orElseThrow();
		while (repository.count(date.id(), RegistrationStatus.REGISTERED) < date.capacity()) {
			Optional<Registration> first = repository.firstWaiting(date.id());
			if (first.isEmpty()) {
				break;
			}
			repository.status(first.get().id(), RegistrationStatus.REGISTERED, now);
			send("promoted", promotion(first.get(), session, date), date);
		}
	}

	/** A school or organisation asks for a session made to measure. */
	@Transactional
	public FormErrors request(RequestForm form, String clientAddress) {
		FormErrors errors = FormErrors.none();
		Optional<RequestKind> kind = TextInput.option(RequestKind.class, form.kind());
		if (kind.isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		Optional<Institution> institution = TextInput.option(Institution.class, form.institution());
		if (institution.isEmpty()) {
			errors.add("institution", "validation.choose");
		}
		TextInput.check(errors, "name", form.name(), true, 200);
		email(errors, "email", form.email());
		TextInput.check(errors, "organisation", form.organisation(), true, 200);
		TextInput.check(errors, "topic", form.topic(), true, 1000);
		TextInput.check(errors, "preferred", form.preferred(), false, 300);
		Optional<Integer> participants = number(errors, "participants", form.participants(), false, 1, 10000);
		TextInput.check(errors, "budget", form.budget(), false, 200);
		TextInput.check(errors, "question", form.question(), false, 4000);
		if (!errors.isEmpty() || (form.honeypot() != null && !form.honeypot().isBlank())) {
			return errors;
		}
		Instant now = clock.instant();
		if (limited(clientAddress, now)) {
			return errors.add(WHOLE_FORM, "trainings.public.validation.tooMany");
		}
		repository.insertRequest(new TrainingRequest(Ids.next(), kind.get(), institution.get(), form.name().strip(),
				form.email().strip(), form.organisation().strip(), form.topic().strip(),
				TextInput.clean(form.preferred()), participants.orElse(null), TextInput.clean(form.budget()),
				TextInput.clean(form.question()), RequestStatus.NEW, null, 0, now));
		repository.attempt(Hashing.sha256Hex(clientAddress), now);
		return errors;
	}

	// management: administrators and trainers (the route decides who)

	@Transactional(readOnly = true)
	public List<SessionAdmin> sessions() {
		return repository.sessions(false).stream().map(s -> new SessionAdmin(s, repository.dates(s.id()))).toList();
	}

	@Transactional(readOnly = true)
	public Session session(UUID sessionId) {
		return repository.session(sessionId).orElseThrow(() -> new NotFoundException("No session " + sessionId));
	}

	/**
	 * Creates a session (sessionId null) or changes one; the slug comes from the Dutch
	 * title once.
	 */
	@Transactional
	public Saved saveSession(UUID sessionId, SessionForm form, int version) {
		Session existing = sessionId == null ? null : session(sessionId);
		FormErrors errors = FormErrors.none();
		TextInput.check(errors, "titleNl", form.titleNl(), true, 200);
		TextInput.check(errors, "titleEn", form.titleEn(), true, 200);
		TextInput.check(errors, "summaryNl", form.summaryNl(), true, 500);
		TextInput.check(errors, "summaryEn", form.summaryEn(), true, 500);
		TextInput.check(errors, "descriptionNl", form.descriptionNl(), true, 4000);
		TextInput.check(errors, "descriptionEn", form.descriptionEn(), true, 4000);
		TextInput.check(errors, "themesNl", form.themesNl(), false, 300);
		TextInput.check(errors, "themesEn", form.themesEn(), false, 300);
		Set<Audience> audience = EnumSet.noneOf(Audience.class);
		if (form.audience() != null) {
			form.audience().forEach(a -> TextInput.option(Audience.class, a).ifPresent(audience::add));
		}
		if (audience.isEmpty()) {
			errors.add("audience", "trainings.validation.audience");
		}
		Optional<Format> format = TextInput.option(Format.class, form.format());
		if (format.isEmpty()) {
			errors.add("format", "validation.choose");
		}
		Optional<Integer> duration = number(errors, "durationMinutes", form.durationMinutes(), true, 15, 6000);
		Optional<Integer> groupMin = number(errors, "groupMin", form.groupMin(), true, 1, 1000);
		Optional<Integer> groupMax = number(errors, "groupMax", form.groupMax(), true, 1, 1000);
		if (groupMin.isPresent() && groupMax.isPresent() && groupMax.get() < groupMin.get()) {
			errors.add("groupMax", "trainings.validation.groupMax");
		}
		String language = form.language() == null ? "" : form.language().strip();
		if (!List.of("nl", "en", "nl-en").contains(language)) {
			errors.add("language", "validation.choose");
		}
		Integer priceCents = null;
		if (form.price() != null && !form.price().isBlank()) {
			try {
				java.math.BigDecimal euros = new java.math.BigDecimal(form.price().strip().replace(',', '.'));
				if (euros.signum() < 0 || euros.compareTo(java.math.BigDecimal.valueOf(100000)) > 0
						|| euros.scale() > 2) {
					errors.add("price", "trainings.validation.price");
				}
				else {
					priceCents = euros.movePointRight(2).intValueExact();
				}
			}
			catch (NumberFormatException | ArithmeticException e) {
				errors.add("price", "trainings.validation.price");
			}
		}
		if (!errors.isEmpty()) {
			return new Saved(errors, null);
		}
		UUID id = existing == null ? Ids.next() : existing.id();
		String slug = existing == null ? freeSlug(form.titleNl(), id) : existing.slug();
		Session session = new Session(id, slug, form.titleNl().strip(), form.titleEn().strip(),
				form.summaryNl().strip(), form.summaryEn().strip(), form.descriptionNl().strip(),
				form.descriptionEn().strip(), strippedOrEmpty(form.themesNl()), strippedOrEmpty(form.themesEn()),
				audience, format.get(), duration.get(), groupMin.get(), groupMax.get(), language, priceCents,
				"true".equals(form.published()), version);
		if (existing == null) {
			repository.insertSession(session, clock.instant());
		}
		else {
			repository.updateSession(session, version, clock.instant());
		}
		return new Saved(errors, id);
	}

	private static String strippedOrEmpty(String text) {
		return text == null ? "" : text.strip();
	}

	/**
	 * Letters and digits of the Dutch title, without accents, joined by dashes; unique.
	 */
	static String slug(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		plain = plain.length() > 100 ? plain.substring(0, 100).replaceAll("-+$", "") : plain;
		return plain.isEmpty() ? "sessie" : plain;
	}

	private String freeSlug(String title, UUID id) {
		String base = slug(title);
		if (List.of("request", "registrations", "dates").contains(base)) {
			base = base + "-sessie";
		}
		String slug = base;
		for (int n = 2; repository.slugTaken(slug, id); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	@Transactional(readOnly = true)
	public TrainingDate date(UUID dateId) {
		return repository.date(dateId).orElseThrow(() -> new NotFoundException("No date " + dateId));
	}

	/** Plans a date (dateId null) or changes one. */
	@Transactional
	public Saved saveDate(UUID sessionId, UUID dateId, DateForm form, int version) {
		Session session = session(sessionId);
		if (dateId != null && !date(dateId).sessionId().equals(session.id())) {
			throw new NotFoundException("Date " + dateId + " is not of " + sessionId);
		}
		FormErrors errors = FormErrors.none();
		LocalDate today = DisplayTime.today(clock);
		Optional<LocalDate> day = DateInput.todayOrLater(errors, "day", form.day(), true, today);
		Optional<LocalTime> start = TextInput.time(errors, "start", form.start(), true);
		Optional<LocalTime> end = TextInput.time(errors, "end", form.end(), true);
		if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
			errors.add("end", "trainings.validation.endAfterStart");
		}
		TextInput.check(errors, "place", form.place(), false, 300);
		TextInput.check(errors, "onlineUrl", form.onlineUrl(), false, 500);
		String place = TextInput.clean(form.place());
		String online = TextInput.clean(form.onlineUrl());
		if (place == null && online == null) {
			errors.add("place", "trainings.validation.placeOrOnline");
		}
		if (online != null && !online.matches("https?://\\S+")) {
			errors.add("onlineUrl", "trainings.validation.url");
		}
		Optional<Integer> capacity = number(errors, "capacity", form.capacity(), true, 1, 1000);
		if (dateId != null && capacity.isPresent()) {
			// locked first, so no registration slips in between the count and the change
			repository.lock(dateId);
			int registered = repository.count(dateId, RegistrationStatus.REGISTERED);
			if (capacity.get() < registered) {
				// nobody loses a place they were promised: they cancel, or the team
				// tells them first
				errors.add("capacity", "trainings.validation.capacityBelowRegistered", registered);
			}
		}
		Optional<LocalDate> until = DateInput.anyDate(errors, "registrationUntil", form.registrationUntil());
		if (until.isEmpty() && !errors.has("registrationUntil")) {
			errors.add("registrationUntil", "validation.required");
		}
		if (until.isPresent() && day.isPresent() && until.get().isAfter(day.get())) {
			errors.add("registrationUntil", "trainings.validation.untilAfterDay");
		}
		if (!errors.isEmpty()) {
			return new Saved(errors, null);
		}
		UUID id = dateId == null ? Ids.next() : dateId;
		TrainingDate date = new TrainingDate(id, session.id(), at(day.get(), start.get()), at(day.get(), end.get()),
				place, online, capacity.get(), until.get(), version, 0, 0);
		if (dateId == null) {
			repository.insertDate(date, clock.instant());
		}
		else {
			repository.updateDate(date, version, clock.instant());
			// more places: the waiting list moves up first
			moveUp(repository.date(dateId).orElseThrow(), clock.instant());
		}
		return new Saved(errors, id);
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, DisplayTime.ZONE).toInstant();
	}

	/** A date with its registrations: registered, waiting and cancelled. */
	@Transactional(readOnly = true)
	public DatePage datePage(UUID dateId) {
		TrainingDate date = date(dateId);
		Session session = session(date.sessionId());
		List<Registration> all = repository.registrations(dateId);
		return new DatePage(session, date, of(all, RegistrationStatus.REGISTERED), of(all, RegistrationStatus.WAITING),
				of(all, RegistrationStatus.CANCELLED));
	}

	private static List<Registration> of(List<Registration> all, RegistrationStatus status) {
		return all.stream().filter(r -> r.status() == status).toList();
	}

	/**
	 * Who came. Checked against the date's version: when someone else saved attendance
	 * meanwhile, nothing is overwritten.
	 */
	@Transactional
	public FormErrors attendance(UUID dateId, List<String> present, int version) {
		date(dateId);
		List<UUID> ids = new ArrayList<>();
		if (present != null) {
			present.forEach(p -> Ids.parse(p).ifPresent(ids::add));
		}
		repository.touchDate(dateId, version, clock.instant());
		repository.attendance(dateId, ids, clock.instant());
		return FormErrors.none();
	}

	/** The registered (and waiting) people of a date as CSV, in the current language. */
	@Transactional(readOnly = true)
	public String attendeesCsv(UUID dateId) {
		date(dateId);
		Locale locale = LocaleContextHolder.getLocale();
		List<Registration> people = repository.registrations(dateId)
			.stream()
			.filter(r -> r.status() != RegistrationStatus.CANCELLED)
			.toList();
		return AttendeesCsv.of(people, key -> messages.getMessage(key, null, key, locale));
	}

	/**
	 * A message to everyone registered for a date, in Dutch, each by their own e-mail.
	 */
	@Transactional
	public FormErrors message(UUID dateId, String subject, String text) {
		TrainingDate date = date(dateId);
		Session session = session(date.sessionId());
		FormErrors errors = FormErrors.none();
		TextInput.check(errors, "subject", subject, true, 200);
		TextInput.check(errors, "text", text, true, 4000);
		if (!errors.isEmpty()) {
			return errors;
		}
		String footer = "\n\n-- \n" + session.titleNl() + ", " + DisplayTime.day(date.day(), DUTCH) + " "
				+ DisplayTime.time(date.startsAt());
		for (Registration r : repository.registrations(dateId)) {
			if (r.status() == RegistrationStatus.REGISTERED && r.email() != null) {
				send("message", new Mail(r.email(), subject.strip(), text.strip() + footer), date);
			}
		}
		return errors;
	}

	@Transactional(readOnly = true)
	public List<TrainingRequest> requests() {
		return repository.requests();
	}

	/** The team's status and notes on a request, checked against its version. */
	@Transactional
	public FormErrors updateRequest(UUID requestId, String status, String notes, int version) {
		if (!repository.requestExists(requestId)) {
			throw new NotFoundException("No request " + requestId);
		}
		FormErrors errors = FormErrors.none();
		Optional<RequestStatus> chosen = TextInput.option(RequestStatus.class, status);
		if (chosen.isEmpty()) {
			errors.add("status", "validation.choose");
		}
		TextInput.check(errors, "notes", notes, false, 4000);
		if (errors.isEmpty()) {
			repository.updateRequest(requestId, chosen.get(), TextInput.clean(notes), version, clock.instant());
		}
		return errors;
	}

	/**
	 * Erases name, e-mail, organisation, role and needs of registrations for dates that
	 * ended longer ago than the configured time; the counts stay. Also forgets old
	 * rate-limit entries, and custom requests planned or declined longer ago than their
	 * configured time.
	 * @return how many registrations were erased
	 */
	@Transactional
	public int eraseEndedRegistrations() {
		Instant now = clock.instant();
		Instant endedBefore = now.atZone(DisplayTime.ZONE).minus(properties.keepRegistrationsAfter()).toInstant();
		repository.forgetAttempts(now.minus(properties.window()).minus(java.time.Duration.ofDays(1)));
		repository.forgetRequests(now.atZone(DisplayTime.ZONE).minus(properties.keepRequestsAfter()).toInstant());
		return repository.erase(endedBefore, now);
	}

	// helpers

	private static void email(FormErrors errors, String field, String value) {
		TextInput.check(errors, field, value, true, 254);
		if (!errors.has(field) && !EMAIL.matcher(value.strip()).matches()) {
			errors.add(field, "validation.email");
		}
	}

	private static Optional<Integer> number(FormErrors errors, String field, String value, boolean required, int min,
			int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(field, "validation.required");
			}
			return Optional.empty();
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return Optional.of(number);
			}
		}
		catch (NumberFormatException e) {
			// explained below
		}
		errors.add(field, "trainings.validation.number", min, max);
		return Optional.empty();
	}

	// mail: Dutch first, then English

	/**
	 * Queues a mail in the persistent outbox, in the caller's transaction: it goes out
	 * after the commit, is tried again while the mail server is away, and shows up for
	 * administrators when it keeps failing. The queued copy goes when the registrations
	 * of its date do.
	 */
	private void send(String topic, Mail mail, TrainingDate date) {
		Instant keepUntil = date.endsAt()
			.atZone(DisplayTime.ZONE)
			.plus(properties.keepRegistrationsAfter())
			.toInstant();
		events.publishEvent(new MailDue(Ids.next(), "trainings.mail.topic." + topic, mail, keepUntil));
	}

	private String link(String token) {
		return mail.baseUrl() + "/trainings/registrations/" + token;
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private String when(TrainingDate date, Locale locale) {
		return DisplayTime.day(date.day(), locale) + ", " + DisplayTime.time(date.startsAt()) + "–"
				+ DisplayTime.time(date.endsAt());
	}

	private String bilingual(String key, Session session, TrainingDate date, String link, Object extra) {
		return t(key, DUTCH, session.titleNl(), when(date, DUTCH), date.where(), link, extra) + "\n\n----\n\n"
				+ t(key, ENGLISH, session.titleEn(), when(date, ENGLISH), date.where(), link, extra);
	}

	private Mail confirmation(Registration r, Session session, TrainingDate date, String token) {
		return new Mail(r.email(),
				t("trainings.mail.confirmation.subject", DUTCH, session.titleNl()) + " / "
						+ t("trainings.mail.confirmation.subject", ENGLISH, session.titleEn()),
				bilingual("trainings.mail.confirmation.body", session, date, link(token), ""),
				List.of(ics(session, date)));
	}

	private Mail waitingMail(Registration r, Session session, TrainingDate date, String token) {
		int ahead = repository.count(date.id(), RegistrationStatus.WAITING);
		return new Mail(r.email(),
				t("trainings.mail.waiting.subject", DUTCH, session.titleNl()) + " / "
						+ t("trainings.mail.waiting.subject", ENGLISH, session.titleEn()),
				bilingual("trainings.mail.waiting.body", session, date, link(token), ahead));
	}

	private Mail alreadyMail(String email, RegistrationStatus status, Session session, TrainingDate date) {
		String key = "trainings.mail.already.body";
		String statusKey = "trainings.mail.already." + status.name();
		return new Mail(email,
				t("trainings.mail.already.subject", DUTCH, session.titleNl()) + " / "
						+ t("trainings.mail.already.subject", ENGLISH, session.titleEn()),
				t(key, DUTCH, session.titleNl(), when(date, DUTCH), date.where(), "", t(statusKey, DUTCH))
						+ "\n\n----\n\n" + t(key, ENGLISH, session.titleEn(), when(date, ENGLISH), date.where(), "",
								t(statusKey, ENGLISH)));
	}

	private Mail promotion(Registration r, Session session, TrainingDate date) {
		return new Mail(r.email(),
				t("trainings.mail.promoted.subject", DUTCH, session.titleNl()) + " / "
						+ t("trainings.mail.promoted.subject", ENGLISH, session.titleEn()),
				bilingual("trainings.mail.promoted.body", session, date, "", ""), List.of(ics(session, date)));
	}

	private Mail.Attachment ics(Session session, TrainingDate date) {
		String ics = Ics.calendar(session.titleNl(),
				List.of(new Ics.Event(date.id(), date.startsAt().atZone(DisplayTime.ZONE).toLocalDate(),
						date.startsAt(), date.endsAt(), session.titleNl(), date.where(), session.summaryNl(), false)),
				clock.instant());
		return new Mail.Attachment("naast-" + session.slug() + ".ics", "text/calendar; charset=UTF-8",
				ics.getBytes(StandardCharsets.UTF_8));
	}

}
