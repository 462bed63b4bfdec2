package nl.naast.reflection;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditLog;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilySummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * The doubt journal (twijfeldagboek): private to its author. Managers and administrators
 * cannot read it either; no method here takes another person's id.
 */
@Service
public class DoubtJournal {

	static final int PROMPT_MAX = 4000;

	static final int FREE_MAX = 8000;

	private final ReflectionRepository repository;

	private final Accounts accounts;

	private final FamilyFiles families;

	private final AuditLog audit;

	private final Clock clock;

	DoubtJournal(ReflectionRepository repository, Accounts accounts, FamilyFiles families, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.families = families;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the journal page shows: one's own entries and one's own families to link. */
	public record JournalPage(Slice<JournalEntry> entries, List<FamilySummary> families) {
	}

	@Transactional
	public JournalPage mine(PageRequest page) {
		CurrentUser me = Professionals.current(accounts);
		Professionals.record(audit, me, "reflection.journal", AuditAction.LIST);
		Slice<JournalEntry> entries = repository.journalOf(me.accountId(), page);
		Map<UUID, String> names = families.namesToLink(linked(entries.items().stream().map(JournalEntry::familyId)));
		return new JournalPage(entries.map(e -> named(e, names)), families.myFamiliesToLink());
	}

	@Transactional
	public JournalPage entry(UUID id) {
		CurrentUser me = Professionals.current(accounts);
		JournalEntry entry = repository.journalEntry(id, me.accountId())
			.orElseThrow(() -> new NotFoundException("No journal entry " + id));
		Professionals.record(audit, me, "reflection.journal.entry", AuditAction.VIEW);
		Map<UUID, String> names = families.namesToLink(linked(java.util.stream.Stream.of(entry.familyId())));
		return new JournalPage(new Slice<>(List.of(named(entry, names)), 0, 1, 1), families.myFamiliesToLink());
	}

	@Transactional
	public FormErrors write(String knew, String notKnown, String assumed, String tomorrow, String freeText,
			String family) {
		CurrentUser me = Professionals.current(accounts);
		FormErrors errors = FormErrors.none();
		JournalEntry entry = checked(errors, knew, notKnown, assumed, tomorrow, freeText, family);
		if (errors.isEmpty()) {
			repository.insertEntry(Ids.next(), me.accountId(), entry, Instant.now(clock));
			Professionals.record(audit, me, "reflection.journal.entry", AuditAction.CREATE);
		}
		return errors;
	}

	@Transactional
	public FormErrors change(UUID id, String knew, String notKnown, String assumed, String tomorrow, String freeText,
			String family, int version) {
		CurrentUser me = Professionals.current(accounts);
		repository.journalEntry(id, me.accountId()).orElseThrow(() -> new NotFoundException("No journal entry " + id));
		FormErrors errors = FormErrors.none();
		JournalEntry entry = checked(errors, knew, notKnown, assumed, tomorrow, freeText, family);
		if (errors.isEmpty()) {
			repository.updateEntry(id, me.accountId(), entry, version, Instant.now(clock));
			Professionals.record(audit, me, "reflection.journal.entry", AuditAction.UPDATE);
		}
		return errors;
	}

	@Transactional
	public void delete(UUID id) {
		CurrentUser me = Professionals.current(accounts);
		if (!repository.deleteEntry(id, me.accountId())) {
			throw new NotFoundException("No journal entry " + id);
		}
		Professionals.record(audit, me, "reflection.journal.entry.removed", AuditAction.UPDATE);
	}

	/** One's own entry, for turning it into an insight for the team. */
	@Transactional(readOnly = true)
	public Optional<JournalEntry> own(UUID id) {
		CurrentUser me = Professionals.current(accounts);
		return repository.journalEntry(id, me.accountId());
	}

	/**
	 * The family that one's own entry is linked to, while one may still link it: a text
	 * made from the entry is checked against that family.
	 */
	Optional<UUID> linkedFamily(String entryId) {
		if (entryId == null || entryId.isBlank()) {
			return Optional.empty();
		}
		return Ids.parse(entryId.strip()).flatMap(this::own).map(JournalEntry::familyId).filter(families::mayLink);
	}

	private JournalEntry checked(FormErrors errors, String knew, String notKnown, String assumed, String tomorrow,
			String freeText, String family) {
		TextInput.check(errors, "knew", knew, false, PROMPT_MAX);
		TextInput.check(errors, "notKnown", notKnown, false, PROMPT_MAX);
		TextInput.check(errors, "assumed", assumed, false, PROMPT_MAX);
		TextInput.check(errors, "tomorrow", tomorrow, false, PROMPT_MAX);
		TextInput.check(errors, "freeText", freeText, false, FREE_MAX);
		if (List.of(knew, notKnown, assumed, tomorrow, freeText).stream().allMatch(t -> t == null || t.isBlank())) {
			errors.add("knew", "reflection.validation.empty");
		}
		UUID familyId = familyLink(errors, families, family);
		return new JournalEntry(null, familyId, null, TextInput.clean(knew), TextInput.clean(notKnown),
				TextInput.clean(assumed), TextInput.clean(tomorrow), TextInput.clean(freeText), 0, null, null);
	}

	/** A family to link, only one of the writer's own. */
	static UUID familyLink(FormErrors errors, FamilyFiles families, String family) {
		if (family == null || family.isBlank()) {
			return null;
		}
		Optional<UUID> id = Ids.parse(family.strip());
		if (id.isEmpty() || !families.mayLink(id.get())) {
			errors.add("family", "reflection.validation.family");
			return null;
		}
		return id.get();
	}

	/** The families that texts are linked to, without the unlinked ones. */
	static Set<UUID> linked(java.util.stream.Stream<UUID> familyIds) {
		Set<UUID> linked = new LinkedHashSet<>();
		familyIds.filter(java.util.Objects::nonNull).forEach(linked::add);
		return linked;
	}

	private static JournalEntry named(JournalEntry e, Map<UUID, String> names) {
		return new JournalEntry(e.id(), e.familyId(), e.familyId() == null ? null : names.get(e.familyId()), e.knew(),
				e.notKnown(), e.assumed(), e.tomorrow(), e.freeText(), e.version(), e.createdAt(), e.updatedAt());
	}

}
