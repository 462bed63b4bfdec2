package nl.naast.story;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyDirectory;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Hashing;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * The family's story. The family writes freely; professionals (the coordinator, and team
 * members the family opened the story to) add what they know; the family answers every
 * professional entry in its own words, and corrects or completes it beside the original,
 * which is never deleted.
 */
@Service
public class Stories {

	/** The kinds of file a letter or a photo of one comes in, by their first bytes. */
	private final StoryRepository story;

	private final AttachmentStore files;

	private final FamilyAccess access;

	private final FamilyDirectory directory;

	private final AuditLog audit;

	private final StoryProperties properties;

	private final Clock clock;

	Stories(StoryRepository story, AttachmentStore files, FamilyAccess access, FamilyDirectory directory,
			AuditLog audit, StoryProperties properties, Clock clock) {
		this.story = story;
		this.files = files;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StoryView view(UUID familyId, Domain domain, PageRequest page) {
		FamilyGrant grant = access.require(familyId, FilePart.STORY, AuditAction.VIEW, "family.story");
		List<Entry> entries = story.page(familyId, domain, page);
		List<UUID> ids = entries.stream().map(Entry::id).toList();
		return new StoryView(familyId, directory.name(familyId), grant.relationship(),
				new Slice<>(entries, page.page(), page.size(), story.count(familyId, domain)),
				story.responses(familyId, ids).stream().collect(Collectors.groupingBy(Response::entryId)),
				story.attachments(familyId, ids).stream().collect(Collectors.groupingBy(Attachment::entryId)),
				StoryView.balanceOf(story.balance(familyId)), domain,
				access.may(familyId, FilePart.STORY, AuditAction.CREATE), properties.maxAttachment().toBytes());
	}

	/** The page of the whole timeline an entry stands on, to go back to it. */
	@Transactional(readOnly = true)
	public int pageOf(UUID familyId, UUID entryId) {
		if (!access.may(familyId, FilePart.STORY, AuditAction.VIEW)) {
			return 0;
		}
		return (int) (story.position(familyId, entryId) / PageRequest.DEFAULT_SIZE);
	}

	/** The result of writing an entry: what to fix, or the new entry's id. */
	public record Written(FormErrors errors, UUID entryId) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	/** Someone adds an event to the story; the family, or a professional who may. */
	@Transactional
	public Written write(UUID familyId, EntryForm form) {
		FamilyGrant grant = access.authorise(familyId, FilePart.STORY, AuditAction.CREATE, "family.story.entry");
		if (grant.relationship() == RelationshipKind.YOUTH) {
			throw new NotFoundException("The story is written by the parents and the team");
		}
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("story.field." + field));
		Optional<StoryDate> when = StoryDate.parse(form.when());
		if (when.isEmpty()) {
			errors.add("when", "story.validation.when");
		}
		else if (when.get().known() && when.get().from().isAfter(DisplayTime.today(clock))) {
			errors.add("when", "validation.dateInFuture");
		}
		TextInput.check(errors, "when", form.when(), false, 100);
		TextInput.check(errors, "what", form.what(), true, EntryForm.MAX);
		if (form.chosenDomain().isEmpty()) {
			errors.add("domain", "validation.choose");
		}
		if (form.chosenValence().isEmpty()) {
			errors.add("valence", "validation.choose");
		}
		// what the family writes comes from the family; a professional says where it came
		// from
		boolean family = grant.relationship() == RelationshipKind.PARENT;
		if (!family && form.chosenSource().isEmpty()) {
			errors.add("source", "validation.choose");
		}
		if (!errors.isEmpty()) {
			return new Written(errors, null);
		}
		Entry entry = new Entry(Ids.next(), when.get(), form.what().strip(), form.chosenDomain().get(),
				form.chosenValence().get(), family ? Source.FAMILY : form.chosenSource().get(), grant.accountId(),
				grant.displayName(), grant.relationship(), clock.instant());
		story.insert(familyId, entry);
		record(grant, "family.story.entry", AuditAction.CREATE);
		return new Written(errors, entry.id());
	}

	/**
	 * A parent answers a professional's entry: how we see it, what is missing, or what is
	 * not right. The entry itself stays as it was.
	 */
	@Transactional
	public FormErrors respond(UUID familyId, UUID entryId, ResponseKind kind, String words) {
		FamilyGrant parent = access.authorise(familyId, FilePart.STORY, AuditAction.UPDATE, "family.story.response");
		if (parent.relationship() != RelationshipKind.PARENT) {
			throw new NotFoundException("The family answers");
		}
		Entry entry = story.find(familyId, entryId).orElseThrow(() -> new NotFoundException("No entry"));
		if (!entry.byProfessional()) {
			throw new NotFoundException("The family's own entries need no answer");
		}
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("story.field." + field));
		if (kind == null) {
			errors.add("kind", "validation.choose");
		}
		TextInput.check(errors, "words", words, true, EntryForm.MAX);
		if (errors.isEmpty()) {
			story.insert(familyId,
					new Response(Ids.next(), entryId, kind, words.strip(), parent.displayName(), clock.instant()),
					parent.accountId());
			record(parent, "family.story.response", AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * Keeps a file with an entry: a PDF or an image, no larger than the limit. Its name
	 * is cleaned; its kind is read from its first bytes, not from its name.
	 */
	@Transactional
	public FormErrors attach(UUID familyId, UUID entryId, String fileName, byte[] content) {
		FamilyGrant grant = access.authorise(familyId, FilePart.STORY, AuditAction.CREATE, "family.story.attachment");
		if (grant.relationship() == RelationshipKind.YOUTH) {
			throw new NotFoundException("Not for young people");
		}
		Entry entry = story.find(familyId, entryId).orElseThrow(() -> new NotFoundException("No entry"));
		// a team member adds files to what they wrote themselves, never to the family's
		// own entries
		if (grant.relationship() == RelationshipKind.TEAM_MEMBER && !entry.authorId().equals(grant.accountId())) {
			throw new NotFoundException("Files go with one's own entries");
		}
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("story.field." + field));
		if (content == null || content.length == 0) {
			errors.add("file", "story.validation.noFile");
			return errors;
		}
		if (content.length > properties.maxAttachment().toBytes()) {
			errors.add("file", "story.validation.tooLarge", properties.maxAttachment().toMegabytes());
			return errors;
		}
		Optional<String> kind = nl.naast.shared.Documents.kind(content);
		if (kind.isEmpty()) {
			errors.add("file", "story.validation.fileKind");
			return errors;
		}
		UUID id = Ids.next();
		files.save(id, content);
		// the file goes when the transaction that records it does not make it
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						if (status != STATUS_COMMITTED) {
							files.delete(id);
						}
					}
				});
		}
		story.insert(familyId, new Attachment(id, entryId, cleanName(fileName, kind.get()), kind.get(), content.length,
				Hashing.sha256Hex(content), grant.displayName(), clock.instant()));
		record(grant, "family.story.attachment", AuditAction.CREATE);
		return errors;
	}

	/** A file kept with an entry, for whoever may read the story. */
	public record File(String name, String contentType, byte[] content) {
	}

	@Transactional
	public File attachment(UUID familyId, UUID attachmentId) {
		access.require(familyId, FilePart.STORY, AuditAction.VIEW, "family.story.attachment");
		Attachment a = story.attachment(familyId, attachmentId)
			.orElseThrow(() -> new NotFoundException("No attachment"));
		return new File(a.fileName(), a.contentType(), files.read(a.id()));
	}

	static String cleanName(String name, String contentType) {
		return nl.naast.shared.Documents.cleanName(name, contentType, "bijlage");
	}

	private void record(FamilyGrant grant, String resource, AuditAction action) {
		audit.record(new AuditEntry(grant.actor(), grant.familyId(), resource, action, AuditOutcome.ALLOWED, null));
	}

}
