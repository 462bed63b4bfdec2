package nl.naast.privacy;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelatedPerson;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.family.FamilyDirectory;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilySubject;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * "Mijn gegevens": what a family may get and do with the data Naast holds about it. Only
 * the family's own parents and young people, and the coordinator on their behalf, reach
 * it; every look, download and request is in the audit log, a download as an export.
 */
@Service
public class MyData {

	static final int ABOUT_MAX = 300;

	static final int TEXT_MAX = 4000;

	static final int ANSWER_MAX = 4000;

	private final FamilyAccess access;

	private final FamilyDirectory directory;

	private final RectificationRepository requests;

	private final ObjectProvider<FamilyDataContribution> contributions;

	private final Clock clock;

	MyData(FamilyAccess access, FamilyDirectory directory, RectificationRepository requests,
			ObjectProvider<FamilyDataContribution> contributions, Clock clock) {
		this.access = access;
		this.directory = directory;
		this.requests = requests;
		this.contributions = contributions;
		this.clock = clock;
	}

	@Transactional
	public MyDataView view(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.MY_DATA, AuditAction.VIEW, "privacy.my-data");
		return new MyDataView(familyId, directory.name(familyId),
				access.may(familyId, FilePart.MY_DATA, AuditAction.CREATE),
				access.may(familyId, FilePart.MY_DATA, AuditAction.UPDATE),
				access.may(familyId, FilePart.ACCESS_LOG, AuditAction.VIEW), requestsFor(grant));
	}

	/**
	 * A young person sees only the requests they asked themselves: a parent's request may
	 * be about parts (the legal file, the story) the young person cannot see.
	 */
	private List<Rectification> requestsFor(FamilyGrant grant) {
		if (grant.relationship() == RelationshipKind.YOUTH) {
			return requests.askedBy(grant.familyId(), grant.accountId());
		}
		return requests.ofFamily(grant.familyId());
	}

	/** Only the family's own people and its coordinator export; anyone else is denied. */
	private static FamilySubject.Requester requester(FamilyGrant grant) {
		return switch (grant.relationship()) {
			case PARENT -> FamilySubject.Requester.PARENT;
			case YOUTH -> FamilySubject.Requester.YOUTH;
			case COORDINATOR -> FamilySubject.Requester.COORDINATOR;
			default -> throw new NotFoundException("Only the family and its coordinator export");
		};
	}

	/**
	 * Everything about the family that the person who asks may see in Naast, every row of
	 * it: one query per kind of data, however much there is. The export is recorded
	 * first, so it is in its own access overview.
	 */
	@Transactional
	public FamilyExport export(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.MY_DATA, AuditAction.EXPORT, "privacy.export");
		FamilySubject subject = new FamilySubject(familyId, familyMembers(grant), visibleParts(grant),
				grant.relationship() == RelationshipKind.YOUTH ? grant.memberId() : null, grant.accountId(),
				requester(grant));
		return new FamilyExport(familyId, directory.name(familyId), clock.instant(), grant.displayName(),
				contributions.orderedStream()
					.sorted(Comparator.comparingInt(FamilyDataContribution::order))
					.flatMap(c -> c.sections(subject).stream())
					.toList());
	}

	/**
	 * The parts this person may read in Naast itself; a young person's goals are kept
	 * apart by the plan page, which the export does not repeat, so their plan stays out.
	 */
	private Set<String> visibleParts(FamilyGrant grant) {
		return Arrays.stream(FilePart.values())
			.filter(part -> access.may(grant.familyId(), part, AuditAction.VIEW))
			.filter(part -> !(grant.relationship() == RelationshipKind.YOUTH && part == FilePart.PLAN))
			.map(Enum::name)
			.collect(Collectors.toSet());
	}

	private List<UUID> familyMembers(FamilyGrant grant) {
		if (grant.relationship() == RelationshipKind.YOUTH) {
			return List.of(grant.accountId());
		}
		return access.relatedPeople(grant)
			.stream()
			.filter(p -> p.kind() == RelationshipKind.PARENT || p.kind() == RelationshipKind.YOUTH)
			.map(RelatedPerson::accountId)
			.toList();
	}

	/** Each message in the error summary names its field. */
	private static FormErrors labelled() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("privacy.field." + field));
	}

	/** "Dit klopt niet, verbeter het": a parent or young person asks for a correction. */
	@Transactional
	public FormErrors ask(UUID familyId, String about, String whatIsWrong, String shouldBe) {
		FamilyGrant grant = access.require(familyId, FilePart.MY_DATA, AuditAction.CREATE, "privacy.rectification");
		FormErrors errors = labelled();
		TextInput.check(errors, "about", about, false, ABOUT_MAX);
		TextInput.check(errors, "whatIsWrong", whatIsWrong, true, TEXT_MAX);
		TextInput.check(errors, "shouldBe", shouldBe, true, TEXT_MAX);
		if (!errors.isEmpty()) {
			return errors;
		}
		requests.insert(
				new Rectification(Ids.next(), familyId, TextInput.clean(about), whatIsWrong.strip(), shouldBe.strip(),
						RectificationStatus.RECEIVED, null, grant.displayName(), null, null, null, 0),
				grant.accountId(), clock.instant());
		return errors;
	}

	/**
	 * The coordinator sets where a request stands; "corrected" and "rejected" need words
	 * the family reads.
	 * @throws nl.naast.shared.ConcurrentEditException when someone else answered first
	 */
	@Transactional
	public FormErrors answer(UUID familyId, UUID requestId, String status, String answer, int version) {
		FamilyGrant grant = access.require(familyId, FilePart.MY_DATA, AuditAction.UPDATE, "privacy.rectification");
		requests.find(familyId, requestId).orElseThrow(() -> new NotFoundException("No such request"));
		FormErrors errors = labelled();
		var chosen = TextInput.option(RectificationStatus.class, status);
		if (chosen.isEmpty()) {
			errors.add("status", "privacy.answer.statusRequired");
		}
		TextInput.check(errors, "answer", answer, chosen.map(RectificationStatus::needsAnswer).orElse(false),
				ANSWER_MAX);
		if (!errors.isEmpty()) {
			return errors;
		}
		requests.answer(familyId, requestId, version, chosen.get(), TextInput.clean(answer), grant.accountId(),
				grant.displayName(), Ids.next(), clock.instant());
		return errors;
	}

}
