package nl.naast.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import nl.naast.audit.AuditAction;

/**
 * The rules, as data: what each relationship may do with each part of the file. Anything
 * not listed is refused. Team members see a consentable part only while the family
 * consents to it.
 */
final class AccessPolicy {

	private static final Set<AuditAction> READ = Set.of(AuditAction.VIEW, AuditAction.LIST);

	private static final Set<AuditAction> ALL = Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.CREATE,
			AuditAction.UPDATE, AuditAction.GRANT, AuditAction.REVOKE);

	/** What a team member may do beyond reading, in a part the family opened to them. */
	private static final Map<FilePart, Set<AuditAction>> MEMBER_EXTRAS = Map.of(
			// propose a step for their own organisation, which the family accepts or
			// declines
			FilePart.PLAN, Set.of(AuditAction.CREATE),
			// record what their organisation asks of the family, and mark it done or
			// withdrawn
			FilePart.DEMANDS, Set.of(AuditAction.CREATE, AuditAction.UPDATE),
			// who goes along to a meeting writes its summary and agreements; the meetings
			// service keeps this to the companions of that meeting
			FilePart.MEETINGS, Set.of(AuditAction.CREATE, AuditAction.UPDATE),
			// add what their organisation knows to the family's story; the family answers
			FilePart.STORY, Set.of(AuditAction.CREATE),
			// add factors, links and questions to the analysis made with the family
			FilePart.ANALYSIS, Set.of(AuditAction.CREATE),
			// a child protection worker records measures, hearings and deadlines they
			// know of first
			FilePart.LEGAL, Set.of(AuditAction.CREATE, AuditAction.UPDATE),
			// and plans contact moments and records how they went
			FilePart.CONTACT, Set.of(AuditAction.CREATE, AuditAction.UPDATE));

	private static final Map<RelationshipKind, Map<FilePart, Set<AuditAction>>> RULES = new EnumMap<>(
			RelationshipKind.class);

	static {
		Map<FilePart, Set<AuditAction>> coordinator = new EnumMap<>(FilePart.class);
		coordinator.putAll(Map.of(FilePart.OVERVIEW, ALL, FilePart.ACCESS_LOG, READ, FilePart.RELATIONSHIPS, ALL,
				FilePart.TEAM, ALL, FilePart.CONSENT, READ));
		FilePart.consentableParts().forEach(part -> coordinator.put(part, ALL));
		// the coordinator downloads on the family's behalf and answers its requests for
		// correction
		coordinator.put(FilePart.MY_DATA,
				Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.EXPORT, AuditAction.UPDATE));
		RULES.put(RelationshipKind.COORDINATOR, coordinator);

		Map<FilePart, Set<AuditAction>> parent = new EnumMap<>(FilePart.class);
		parent.putAll(Map.of(FilePart.OVERVIEW, READ, FilePart.ACCESS_LOG, READ, FilePart.RELATIONSHIPS, READ,
				FilePart.TEAM,
				Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.UPDATE, AuditAction.GRANT, AuditAction.REVOKE),
				FilePart.CONSENT, ALL));
		FilePart.consentableParts().forEach(part -> parent.put(part, READ));
		// the family leads its plan: parents write, adjust and agree goals and steps
		parent.put(FilePart.PLAN, ALL);
		// parents add what they were asked ("the school asked me to ...") and mark
		// demands in their own words
		parent.put(FilePart.DEMANDS, ALL);
		// parents plan meetings, prepare them, write their own account and answer "did
		// it help?"
		parent.put(FilePart.MEETINGS, ALL);
		// the story is the family's own: parents write it freely and answer what others
		// wrote
		parent.put(FilePart.STORY, ALL);
		parent.put(FilePart.ANALYSIS, ALL);
		// the journey: parents keep the journal with the coordinator, and say whether
		// help
		// helps
		parent.put(FilePart.FEEDBACK, ALL);
		// the court's decisions and deadlines are the family's own business: parents
		// record what they received and choose their reminders; removing a measure
		// stops the coordinator's reminders, so that is the coordinator's
		parent.put(FilePart.LEGAL, Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.CREATE, AuditAction.UPDATE));
		// parents record how contact with their children went, in facts they can use
		parent.put(FilePart.CONTACT, ALL);
		// the right of access and of rectification: download everything, ask for
		// corrections
		parent.put(FilePart.MY_DATA,
				Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.EXPORT, AuditAction.CREATE));
		RULES.put(RelationshipKind.PARENT, parent);

		// a young person sees their own part of the overview and who helps; the family's
		// log and consent are
		// the parents'
		// a young person writes and adjusts their own goals; the plan service keeps them
		// to their own
		// and downloads and corrects what Naast holds of the parts they see
		RULES.put(RelationshipKind.YOUTH, Map.of(FilePart.OVERVIEW, READ, FilePart.TEAM, READ, FilePart.PLAN,
				Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.CREATE, AuditAction.UPDATE), FilePart.MY_DATA,
				Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.EXPORT, AuditAction.CREATE)));

		// a team member sees the team, and may leave it; consentable parts are decided
		// per member below
		RULES.put(RelationshipKind.TEAM_MEMBER,
				Map.of(FilePart.TEAM, Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.REVOKE)));

		// the emergency procedure: the whole file, read-only, for as long as it is open
		Map<FilePart, Set<AuditAction>> emergency = new EnumMap<>(FilePart.class);
		for (FilePart part : FilePart.values()) {
			emergency.put(part, READ);
		}
		RULES.put(RelationshipKind.EMERGENCY, emergency);
	}

	private AccessPolicy() {
	}

	static boolean reads(AuditAction action) {
		// a copy changes nothing: the family's right of access outlasts the team's work
		return READ.contains(action) || action == AuditAction.EXPORT;
	}

	/**
	 * @param consented the parts the family opened to this person (only used for team
	 * members)
	 */
	static boolean allows(RelationshipKind relationship, FilePart part, AuditAction action, Set<FilePart> consented) {
		if (relationship == RelationshipKind.TEAM_MEMBER && part.consentable()) {
			return consented.contains(part)
					&& (READ.contains(action) || MEMBER_EXTRAS.getOrDefault(part, Set.of()).contains(action));
		}
		return RULES.getOrDefault(relationship, Map.of()).getOrDefault(part, Set.of()).contains(action);
	}

}
