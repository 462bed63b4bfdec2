package nl.naast.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.EmergencyAccess;
import nl.naast.access.EmergencySession;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyAccess.Admission;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditRecord;
import nl.naast.audit.AuditTrail;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;
import nl.naast.shared.web.FormErrors;

/**
 * Reading and changing family files. Each method asks {@link FamilyAccess} first, in its
 * own transaction.
 */
@Service
public class FamilyFiles {

	private final FamilyRepository families;

	private final FamilyAccess access;

	private final EmergencyAccess emergencies;

	private final AuditTrail trail;

	private final Clock clock;

	// looked up when needed: contributing modules themselves use FamilyFiles
	private final org.springframework.beans.factory.ObjectProvider<OverviewContribution> contributions;

	FamilyFiles(FamilyRepository families, FamilyAccess access, EmergencyAccess emergencies, AuditTrail trail,
			Clock clock, org.springframework.beans.factory.ObjectProvider<OverviewContribution> contributions) {
		this.families = families;
		this.contributions = contributions;
		this.access = access;
		this.emergencies = emergencies;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * "Mijn gezinnen": the families the current person is related to, searchable by name.
	 */
	@Transactional(readOnly = true)
	public Slice<FamilySummary> myFamilies(String query, PageRequest page) {
		Slice<FamilySummary> result = families.search(access.familiesOfCurrentUser(), query, page);
		access.recordListed(result.items().stream().map(FamilySummary::id).toList(), "family.list");
		return result;
	}

	/**
	 * The current person's families by name, to link a private text (a journal entry, a
	 * case question, a barrier) to one of them.
	 */
	@Transactional
	public List<FamilySummary> myFamiliesToLink() {
		Slice<FamilySummary> result = families.search(access.familiesOfCurrentUser(), "", new PageRequest(0, 100));
		access.recordListed(result.items().stream().map(FamilySummary::id).toList(), "family.picker");
		return result.items();
	}

	/**
	 * The names of those of these families that the current person may still link a text
	 * to, to show the links of their own texts, however many families they have; the
	 * others are left out. Everyone related to a family may link to it (see
	 * {@link #mayLink}), so this is one query for the relationships and one for the
	 * names. Each name shown is recorded as a look at a list.
	 */
	@Transactional
	public Map<UUID, String> namesToLink(Collection<UUID> familyIds) {
		if (familyIds.isEmpty()) {
			return Map.of();
		}
		Set<UUID> related = new HashSet<>(access.familiesOfCurrentUser());
		List<UUID> linkable = familyIds.stream().filter(Objects::nonNull).distinct().filter(related::contains).toList();
		Map<UUID, String> names = families.names(linkable);
		access.recordListed(List.copyOf(names.keySet()), "family.link");
		return names;
	}

	/**
	 * Whether the current person may link a text to this family: anyone who is on its
	 * team, a team member without consent for any part of the file included.
	 */
	@Transactional(readOnly = true)
	public boolean mayLink(UUID familyId) {
		return access.may(familyId, FilePart.TEAM, AuditAction.LIST);
	}

	@Transactional(readOnly = true)
	public FamilyView overview(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.OVERVIEW, AuditAction.VIEW, "family.overview");
		Family family = families.find(familyId).orElseThrow(() -> new NotFoundException("No family " + familyId));
		LocalDate today = nl.naast.shared.DisplayTime.today(clock);
		// read in this transaction, not in one of their own after it: the access check is
		// remembered, and a page costs fewer round trips to the database
		List<EmergencySession> notices = emergencies.noticesFor(familyId);
		Optional<EmergencySession> own = grant.relationship() == RelationshipKind.EMERGENCY
				? emergencies.activeOfCurrentUser(familyId) : Optional.empty();
		if (grant.relationship() == RelationshipKind.YOUTH) {
			return new FamilyView(ownPart(family, grant.memberId()), grant.relationship(), grant.memberId(), List.of(),
					today, contributionsFor(familyId), notices, own);
		}
		var related = access.may(familyId, FilePart.RELATIONSHIPS, AuditAction.VIEW) ? access.relatedPeople(grant)
				: List.<nl.naast.access.RelatedPerson>of();
		return new FamilyView(family, grant.relationship(), grant.memberId(), related, today,
				contributionsFor(familyId), notices, own);
	}

	private List<OverviewContribution.OverviewItem> contributionsFor(UUID familyId) {
		return contributions.orderedStream().flatMap(c -> c.forFamily(familyId).stream()).toList();
	}

	/**
	 * A young person's own part: themselves, and the names of their parents; no notes, no
	 * siblings, no contacts.
	 */
	private static Family ownPart(Family family, UUID childId) {
		return new Family(family.id(), family.name(),
				family.carers().stream().map(c -> new Carer(c.id(), c.name(), null, null, null)).toList(),
				family.children().stream().filter(c -> c.id().equals(childId)).toList(), null, null, family.version(),
				family.createdAt(), family.updatedAt());
	}

	/** The current state of the family, as a form to edit. */
	@Transactional
	public FamilyForm editForm(UUID familyId) {
		requireEditor(familyId);
		access.require(familyId, FilePart.OVERVIEW, AuditAction.VIEW, "family.edit");
		return FamilyForm.of(families.find(familyId).orElseThrow(() -> new NotFoundException("No family")));
	}

	/**
	 * The name of a family whose form the current person may edit, for the page title.
	 */
	@Transactional(readOnly = true)
	public String nameForEditor(UUID familyId) {
		requireEditor(familyId);
		return families.find(familyId).map(Family::name).orElseThrow(() -> new NotFoundException("No family"));
	}

	private void requireEditor(UUID familyId) {
		access.authorise(familyId, FilePart.OVERVIEW, AuditAction.UPDATE, "family.edit");
	}

	/** Registers a new family with the current coordinator as its coordinator. */
	@Transactional
	public Saved register(FamilyForm form) {
		UUID id = Ids.next();
		FamilyForm.Validated validated = form.validate(id, today());
		if (!validated.errors().isEmpty()) {
			return new Saved(null, validated.errors());
		}
		FamilyGrant grant = access.registerNewFamily(id);
		families.insert(validated.family(), grant.accountId(), clock.instant());
		return new Saved(id, validated.errors());
	}

	/**
	 * Saves changes made on top of the version the person opened.
	 * @throws nl.naast.shared.ConcurrentEditException when someone else saved in between;
	 * nothing is saved
	 */
	@Transactional
	public Saved update(UUID familyId, FamilyForm form) {
		FamilyGrant grant = access.require(familyId, FilePart.OVERVIEW, AuditAction.UPDATE, "family");
		FamilyForm.Validated validated = form.validate(familyId, today());
		if (!validated.errors().isEmpty()) {
			return new Saved(null, validated.errors());
		}
		families.update(validated.family(), grant.accountId(), clock.instant());
		return new Saved(familyId, validated.errors());
	}

	/** The result of saving: the family's id, or what to fix. */
	public record Saved(UUID familyId, FormErrors errors) {

		public boolean ok() {
			return familyId != null;
		}
	}

	/**
	 * Gives a parent or a young person (12 or older) access to their family's file with
	 * the e-mail address in their record.
	 */
	@Transactional
	public Admission admit(UUID familyId, UUID memberId) {
		FamilyGrant grant = access.require(familyId, FilePart.RELATIONSHIPS, AuditAction.GRANT, "family.member-access");
		Family family = families.find(familyId).orElseThrow(() -> new NotFoundException("No family"));
		for (Carer carer : family.carers()) {
			if (carer.id().equals(memberId) && carer.email() != null) {
				return access.admitMember(grant, carer.email(), carer.name(), RelationshipKind.PARENT, memberId);
			}
		}
		for (Child child : family.children()) {
			if (child.id().equals(memberId) && child.email() != null
					&& child.ageOn(today()) >= FamilyView.OWN_ACCESS_AGE) {
				return access.admitMember(grant, child.email(), child.name(), RelationshipKind.YOUTH, memberId);
			}
		}
		throw new NotFoundException("No member who can be admitted");
	}

	/**
	 * The parents, carers and children of a family, by name, for a caller that holds a
	 * grant for some part of the file (choosing who does a step in the plan, say). Young
	 * people get only their own name.
	 */
	@Transactional(readOnly = true)
	public List<FamilyMemberName> memberNames(FamilyGrant grant) {
		Family family = families.find(grant.familyId()).orElseThrow(() -> new NotFoundException("No family"));
		if (grant.relationship() == RelationshipKind.YOUTH) {
			family = ownPart(family, grant.memberId());
		}
		return java.util.stream.Stream
			.concat(family.carers().stream().map(c -> new FamilyMemberName(c.id(), c.name(), false)),
					family.children().stream().map(c -> new FamilyMemberName(c.id(), c.name(), true)))
			.toList();
	}

	/** "Wie keek in ons dossier?": views and changes of the file, newest first. */
	@Transactional
	public Slice<AccessLogEntry> accessLog(UUID familyId, PageRequest page) {
		FamilyGrant grant = access.require(familyId, FilePart.ACCESS_LOG, AuditAction.VIEW, "family.access-log");
		return trail.forFamily(familyId, page).map(r -> entry(r, grant));
	}

	private static AccessLogEntry entry(AuditRecord record, FamilyGrant grant) {
		String resource = record.resource() == null ? "family" : record.resource();
		return new AccessLogEntry(record.occurredAt(), record.actorName(), "role." + record.actorRole(),
				record.actorOrganisation(), grant.accountId().equals(record.actorAccountId()),
				"accessLog.entry." + record.action().name() + "." + resource, record.emergency());
	}

	private LocalDate today() {
		return nl.naast.shared.DisplayTime.today(clock);
	}

}
