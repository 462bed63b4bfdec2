package nl.naast.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyIdentifiers;
import nl.naast.family.FamilyIdentifiers.Found;
import nl.naast.family.FamilyIdentifiers.IdentifierKind;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.reporting.BarChart.Bar;
import nl.naast.reporting.ReportRow;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * Barriers that families run into, for policy work. Coordinators and partners record
 * them, without family details: a linked family stays with the author and is never shown
 * to anyone else or exported. Team managers count them, group them into themes with the
 * action taken, and export the themes.
 */
@Service
public class Signals {

	/** The counts go back this many months, this month included. */
	static final int MONTHS = 12;

	/**
	 * The organisations chart shows the most frequent ones, and the others together; the
	 * table shows them all.
	 */
	static final int TOP_ORGANISATIONS = 10;

	/** Kinds of details that point at a family and are refused in a barrier. */
	static final Set<IdentifierKind> REFUSED = EnumSet.of(IdentifierKind.NAME, IdentifierKind.DATE_OF_BIRTH,
			IdentifierKind.PHONE, IdentifierKind.EMAIL, IdentifierKind.ADDRESS, IdentifierKind.POSTCODE,
			IdentifierKind.CITIZEN_NUMBER);

	private final SignalRepository signals;

	private final FamilyFiles files;

	private final FamilyIdentifiers identifiers;

	private final Accounts accounts;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Signals(SignalRepository signals, FamilyFiles files, FamilyIdentifiers identifiers, Accounts accounts,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.signals = signals;
		this.files = files;
		this.identifiers = identifiers;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the current person sees the team's signals (a team manager) rather than
	 * their own (a coordinator or partner); anyone else gets "not found".
	 */
	@Transactional(readOnly = true)
	public boolean forTeam() {
		Role role = accounts.current().role();
		if (role == Role.MANAGER) {
			return true;
		}
		if (role == Role.COORDINATOR || role == Role.PARTNER) {
			return false;
		}
		throw new NotFoundException("Signals are for professionals and team managers");
	}

	/** A professional's own barriers, newest first, with the family each is linked to. */
	@Transactional
	public MyBarriers mine(PageRequest page) {
		CurrentUser me = professional();
		Slice<Map.Entry<Barrier, Optional<UUID>>> barriers = signals.ofAuthor(me.accountId(), page);
		Map<UUID, String> names = files
			.namesToLink(barriers.items().stream().flatMap(e -> e.getValue().stream()).collect(Collectors.toSet()));
		Slice<OwnBarrier> own = barriers
			.map(e -> new OwnBarrier(e.getKey(), e.getValue().orElse(null), e.getValue().map(names::get).orElse(null)));
		return new MyBarriers(own, files.myFamiliesToLink());
	}

	/**
	 * A coordinator or partner records a barrier. Anything that points at a family is
	 * refused at the field: the names, birth dates, phone numbers and e-mail addresses of
	 * the linked family (or, without a link, of every family the author works with), and
	 * any address, postcode, citizen service number, phone number or e-mail address.
	 */
	@Transactional
	public FormErrors record(BarrierForm form) {
		CurrentUser me = professional();
		FormErrors errors = errors();
		TextInput.check(errors, "happened", form.happened(), true, 4000);
		TextInput.check(errors, "organisations", form.organisations(), false, 300);
		TextInput.check(errors, "rule", form.rule(), false, 300);
		// which organisation(s) or rule: at least one of the two, or both
		if (blank(form.organisations()) && blank(form.rule()) && !errors.has("organisations") && !errors.has("rule")) {
			errors.add("organisations", "signals.validation.organisationsOrRule");
		}
		Optional<Category> category = Arrays.stream(Category.values())
			.filter(c -> c.name().equals(form.category()))
			.findFirst();
		if (category.isEmpty()) {
			errors.add("category", "validation.choose");
		}
		TextInput.check(errors, "impact", form.impact(), true, 2000);
		TextInput.check(errors, "suggestion", form.suggestion(), false, 2000);
		LocalDate today = DisplayTime.today(clock);
		Optional<LocalDate> occurredOn = DateInput.pastOrToday(errors, "occurredOn", form.occurredOn(), false, today);
		Optional<UUID> family = Optional.empty();
		if (form.family() != null && !form.family().isBlank()) {
			family = Ids.parse(form.family()).filter(files::mayLink);
			if (family.isEmpty()) {
				errors.add("family", "validation.choose");
			}
		}
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("happened", form.happened());
		texts.put("organisations", form.organisations());
		texts.put("rule", form.rule());
		texts.put("impact", form.impact());
		texts.put("suggestion", form.suggestion());
		texts.values().removeIf(t -> t == null || t.isBlank());
		Map<String, List<Found>> perField = family.isPresent() && !texts.isEmpty()
				? identifiers.foundIn(family.get(), texts)
				// not linked, yet it may still name one of the author's own families
				: identifiers.foundInOwnFamilies(texts);
		perField.forEach((field, inField) -> {
			List<Found> found = inField.stream().filter(f -> REFUSED.contains(f.kind())).toList();
			if (!found.isEmpty()) {
				errors.add(field, "signals.validation.pointsAtFamily",
						found.stream().map(Found::text).distinct().collect(Collectors.joining(", ")));
			}
		});
		if (!errors.isEmpty()) {
			return errors;
		}
		Barrier barrier = new Barrier(Ids.next(), occurredOn.orElse(today), category.get(),
				TextInput.clean(form.organisations()), TextInput.clean(form.rule()), form.happened().strip(),
				form.impact().strip(), TextInput.clean(form.suggestion()), null, 0, clock.instant());
		signals.insert(barrier, family.orElse(null), me.accountId());
		record(me, "signals.barrier", AuditAction.CREATE);
		return errors;
	}

	/**
	 * For team managers: the counts, suppressed as on the managers' overview, every
	 * barrier (never its family) and the themes.
	 * @param organisationsPage the page of the table of all organisations
	 */
	@Transactional
	public TeamSignals team(PageRequest page, PageRequest organisationsPage) {
		CurrentUser manager = manager();
		BarrierCounts counts = counts();
		TeamSignals view = new TeamSignals(
				new CountTable(
						BarrierCounts.chart("signals-categories", "signals.counts.category", counts.perCategory()),
						all(counts.perCategory())),
				new CountTable(counts.organisationsChart(), page(counts.perOrganisation(), organisationsPage)),
				new CountTable(BarrierCounts.chart("signals-months", "signals.counts.month", counts.perMonth()),
						all(counts.perMonth())),
				from(), counts.total(), signals.all(page), signals.themes());
		record(manager, "signals.team", AuditAction.VIEW);
		return view;
	}

	/** The counts of the last {@link #MONTHS} months, with small groups withheld. */
	BarrierCounts counts() {
		LocalDate from = from();
		return BarrierCounts.of(signals.perCategory(from), signals.perMonth(from), from,
				DisplayTime.today(clock).withDayOfMonth(1), organisations(signals.organisations(from)),
				month -> DisplayTime.month(month, LocaleContextHolder.getLocale()));
	}

	private LocalDate from() {
		return DisplayTime.today(clock).withDayOfMonth(1).minusMonths(MONTHS - 1);
	}

	private static Slice<ReportRow> all(List<ReportRow> rows) {
		return new Slice<>(rows, 0, Math.max(1, rows.size()), rows.size());
	}

	private static Slice<ReportRow> page(List<ReportRow> rows, PageRequest page) {
		int from = (int) Math.min(page.offset(), rows.size());
		return new Slice<>(rows.subList(from, Math.min(rows.size(), from + page.size())), page.page(), page.size(),
				rows.size());
	}

	/**
	 * Organisations as typed, split on commas, counted without regard to case; all of
	 * them, the most frequent first, spelled as most often typed.
	 */
	static List<Bar> organisations(List<String> typed) {
		Map<String, Map<String, Long>> spellings = new LinkedHashMap<>();
		for (String field : typed) {
			for (String part : field.split(",")) {
				String name = part.strip().replaceAll("\\s+", " ");
				if (!name.isEmpty()) {
					spellings.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new LinkedHashMap<>())
						.merge(name, 1L, Long::sum);
				}
			}
		}
		return spellings.values()
			.stream()
			.map(s -> new Bar(s.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(), false,
					s.values().stream().mapToLong(Long::longValue).sum()))
			.sorted(Comparator.comparingLong(Bar::value).reversed().thenComparing(Bar::label))
			.toList();
	}

	/** A team manager starts a theme. */
	@Transactional
	public FormErrors createTheme(String title, String description) {
		CurrentUser manager = manager();
		FormErrors errors = errors();
		TextInput.check(errors, "title", title, true, 200);
		TextInput.check(errors, "description", description, false, 2000);
		if (errors.isEmpty()) {
			signals.insertTheme(
					new Theme(Ids.next(), title.strip(), TextInput.clean(description), null, 0, 0, clock.instant()),
					manager.accountId());
			record(manager, "signals.theme", AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * A team manager puts a barrier into a theme (again: into another).
	 * @throws nl.naast.shared.ConcurrentEditException when someone changed the barrier
	 * after {@code version} was read
	 */
	@Transactional
	public FormErrors putInTheme(UUID barrierId, String themeId, int version) {
		CurrentUser manager = manager();
		if (!signals.exists(barrierId)) {
			throw new NotFoundException("No barrier " + barrierId);
		}
		FormErrors errors = errors();
		Optional<Theme> theme = Ids.parse(themeId).flatMap(signals::theme);
		if (theme.isEmpty()) {
			errors.add("theme", "validation.choose");
			return errors;
		}
		signals.putInTheme(barrierId, theme.get().id(), version, clock.instant());
		record(manager, "signals.barrier.theme", AuditAction.UPDATE);
		return errors;
	}

	/**
	 * A team manager takes a barrier out of its theme again; it stays among all barriers.
	 * @throws nl.naast.shared.ConcurrentEditException when someone changed the barrier
	 * after {@code version} was read, or moved it out of this theme
	 */
	@Transactional
	public void takeOutOfTheme(UUID themeId, UUID barrierId, int version) {
		CurrentUser manager = manager();
		signals.theme(themeId).orElseThrow(() -> new NotFoundException("No theme " + themeId));
		if (!signals.exists(barrierId)) {
			throw new NotFoundException("No barrier " + barrierId);
		}
		signals.takeOutOfTheme(barrierId, themeId, version, clock.instant());
		record(manager, "signals.barrier.theme", AuditAction.UPDATE);
	}

	/**
	 * A team manager renames a theme, or changes what it is about.
	 * @throws nl.naast.shared.ConcurrentEditException when someone changed the theme
	 * after {@code version} was read
	 */
	@Transactional
	public FormErrors renameTheme(UUID themeId, String title, String description, int version) {
		CurrentUser manager = manager();
		signals.theme(themeId).orElseThrow(() -> new NotFoundException("No theme " + themeId));
		FormErrors errors = errors();
		TextInput.check(errors, "title", title, true, 200);
		TextInput.check(errors, "description", description, false, 2000);
		if (errors.isEmpty()) {
			signals.rename(themeId, title.strip(), TextInput.clean(description), version, manager.accountId(),
					clock.instant());
			record(manager, "signals.theme", AuditAction.UPDATE);
		}
		return errors;
	}

	@Transactional
	public ThemeView theme(UUID themeId, PageRequest page) {
		CurrentUser manager = manager();
		Theme theme = signals.theme(themeId).orElseThrow(() -> new NotFoundException("No theme " + themeId));
		ThemeView view = new ThemeView(theme, signals.ofTheme(themeId, page));
		record(manager, "signals.theme", AuditAction.VIEW);
		return view;
	}

	/**
	 * A team manager writes what was done about a theme; also later.
	 * @throws nl.naast.shared.ConcurrentEditException when someone changed the theme
	 * after {@code version} was read
	 */
	@Transactional
	public FormErrors saveAction(UUID themeId, String action, int version) {
		CurrentUser manager = manager();
		signals.theme(themeId).orElseThrow(() -> new NotFoundException("No theme " + themeId));
		FormErrors errors = errors();
		TextInput.check(errors, "action", action, false, 2000);
		if (errors.isEmpty()) {
			signals.saveAction(themeId, TextInput.clean(action), version, manager.accountId(), clock.instant());
			record(manager, "signals.theme", AuditAction.UPDATE);
		}
		return errors;
	}

	/**
	 * Every theme with its barriers as CSV, for a spreadsheet (UTF-8 with a byte order
	 * mark).
	 */
	@Transactional
	public String exportCsv() {
		return ThemeExport.csv(export(), key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

	/** Every theme with its barriers as JSON. */
	@Transactional
	public String exportJson() {
		return ThemeExport.json(export());
	}

	/**
	 * Every theme with its barriers, for policy work: never a family, an author or a day.
	 */
	private List<ThemeExport.ExportedTheme> export() {
		CurrentUser manager = manager();
		Map<UUID, List<Barrier>> perTheme = signals.inThemes()
			.stream()
			.collect(Collectors.groupingBy(Barrier::themeId, LinkedHashMap::new, Collectors.toList()));
		List<ThemeExport.ExportedTheme> themes = signals.themes()
			.stream()
			.map(t -> ThemeExport.of(t, perTheme.getOrDefault(t.id(), List.of())))
			.toList();
		record(manager, "signals.export", AuditAction.VIEW);
		return themes;
	}

	/** When the export was made, for its file name. */
	public Instant now() {
		return clock.instant();
	}

	private CurrentUser professional() {
		CurrentUser me = accounts.current();
		if (me.role() != Role.COORDINATOR && me.role() != Role.PARTNER) {
			throw new NotFoundException("Coordinators and partners record barriers");
		}
		return me;
	}

	private CurrentUser manager() {
		CurrentUser me = accounts.current();
		if (me.role() != Role.MANAGER) {
			throw new NotFoundException("For team managers");
		}
		return me;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static FormErrors errors() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("signals.field." + field));
	}

	private void record(CurrentUser user, String resource, AuditAction action) {
		audit.record(new AuditEntry(
				new Actor(user.accountId(), user.displayName(), user.role().name(), user.organisationName()), null,
				resource, action, AuditOutcome.ALLOWED, null));
	}

}
