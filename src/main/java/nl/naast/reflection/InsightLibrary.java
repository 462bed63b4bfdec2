package nl.naast.reflection;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditLog;
import nl.naast.family.FamilyIdentifiers;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * The team's library of insights: what we thought, what we learned, what we do now. Every
 * professional reads, comments and marks "this changed my work"; the author keeps the
 * text up to date.
 */
@Service
public class InsightLibrary {

	private final ReflectionRepository repository;

	private final Accounts accounts;

	private final FamilyIdentifiers identifiers;

	private final DoubtJournal journal;

	private final AuditLog audit;

	private final Clock clock;

	InsightLibrary(ReflectionRepository repository, Accounts accounts, FamilyIdentifiers identifiers,
			DoubtJournal journal, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.identifiers = identifiers;
		this.journal = journal;
		this.audit = audit;
		this.clock = clock;
	}

	/** A saved insight, or what to fix. */
	public record Saved(UUID id, FormErrors errors) {
	}

	@Transactional(readOnly = true)
	public Slice<Insight> search(String query, String theme, PageRequest page) {
		CurrentUser me = Professionals.current(accounts);
		return repository.insights(query, theme(theme).orElse(null), me.accountId(), page);
	}

	@Transactional(readOnly = true)
	public Insight insight(UUID id) {
		CurrentUser me = Professionals.current(accounts);
		return repository.insight(id, me.accountId()).orElseThrow(() -> new NotFoundException("No insight " + id));
	}

	/** Whether the current person wrote it, and may change it. */
	@Transactional(readOnly = true)
	public boolean mine(Insight insight) {
		return insight.authorId().equals(Professionals.current(accounts).accountId());
	}

	/**
	 * A new insight, from scratch or from one's own journal entry ({@code from}, or
	 * empty): made from an entry linked to a family, it is checked against that family's
	 * names and birth dates too.
	 */
	@Transactional
	public Saved write(String title, String thought, String learned, String nowDo, List<String> themes,
			boolean confirmed, String from) {
		CurrentUser me = Professionals.current(accounts);
		FormErrors errors = FormErrors.none();
		UUID familyId = journal.linkedFamily(from).orElse(null);
		Insight insight = checked(errors, title, thought, learned, nowDo, themes, confirmed, familyId);
		if (!errors.isEmpty()) {
			return new Saved(null, errors);
		}
		UUID fromEntry = from == null || from.isBlank() ? null
				: Ids.parse(from.strip()).flatMap(journal::own).map(JournalEntry::id).orElse(null);
		UUID id = Ids.next();
		repository.insertInsight(id, me.accountId(), me.displayName(), insight, fromEntry, Instant.now(clock));
		Professionals.record(audit, me, "reflection.insight", AuditAction.CREATE);
		return new Saved(id, errors);
	}

	/**
	 * The author changes their insight; one made from a journal entry linked to a family
	 * is checked against that family again, as when it was written.
	 */
	@Transactional
	public FormErrors change(UUID id, String title, String thought, String learned, String nowDo, List<String> themes,
			boolean confirmed, int version) {
		CurrentUser me = Professionals.current(accounts);
		Insight existing = insight(id);
		if (!existing.authorId().equals(me.accountId())) {
			throw new NotFoundException("Only the author changes an insight");
		}
		FormErrors errors = FormErrors.none();
		// made from a journal entry linked to a family: still checked against that family
		UUID familyId = repository.insightSource(id, me.accountId())
			.flatMap(entry -> journal.linkedFamily(entry.toString()))
			.orElse(null);
		Insight insight = checked(errors, title, thought, learned, nowDo, themes, confirmed, familyId);
		if (errors.isEmpty()) {
			repository.updateInsight(id, me.accountId(), insight, version, Instant.now(clock));
			Professionals.record(audit, me, "reflection.insight", AuditAction.UPDATE);
		}
		return errors;
	}

	/**
	 * A comment the whole team reads: like the insight itself, it must not point at a
	 * family, unless the writer confirms it does not.
	 */
	@Transactional
	public FormErrors comment(UUID id, String text, boolean confirmed) {
		CurrentUser me = Professionals.current(accounts);
		insight(id);
		FormErrors errors = FormErrors.none();
		TextInput.check(errors, "comment", text, true, 2000);
		if (errors.isEmpty()) {
			IdentifierCheck.warn(identifiers, errors, null, confirmed, text);
		}
		if (errors.isEmpty()) {
			repository.comment(Ids.next(), id, me.accountId(), me.displayName(), text.strip(), Instant.now(clock));
		}
		return errors;
	}

	/** "This changed my work", or taking that back; says whether it is marked now. */
	@Transactional
	public boolean mark(UUID id) {
		CurrentUser me = Professionals.current(accounts);
		insight(id);
		return repository.toggleMark(id, me.accountId(), Instant.now(clock));
	}

	private Insight checked(FormErrors errors, String title, String thought, String learned, String nowDo,
			List<String> themes, boolean confirmed, UUID familyId) {
		TextInput.check(errors, "title", title, true, 200);
		TextInput.check(errors, "thought", thought, true, 4000);
		TextInput.check(errors, "learned", learned, true, 4000);
		TextInput.check(errors, "nowDo", nowDo, true, 4000);
		Set<InsightTheme> chosen = EnumSet.noneOf(InsightTheme.class);
		for (String theme : themes == null ? List.<String>of() : themes) {
			theme(theme).ifPresentOrElse(chosen::add, () -> errors.add("themes", "reflection.validation.theme"));
		}
		if (chosen.isEmpty() && !errors.has("themes")) {
			errors.add("themes", "reflection.validation.themes");
		}
		if (errors.isEmpty()) {
			IdentifierCheck.warn(identifiers, errors, familyId, confirmed, title, thought, learned, nowDo);
		}
		return new Insight(null, null, null, TextInput.clean(title), TextInput.clean(thought), TextInput.clean(learned),
				TextInput.clean(nowDo), chosen, 0, 0, false, 0, null, List.of());
	}

	static Optional<InsightTheme> theme(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InsightTheme.valueOf(value.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
