package nl.naast.access;

import java.util.Map;
import java.util.Set;

import nl.naast.audit.AuditAction;

/**
 * The rules, as data: what each relationship may do with each part of the file. Anything
 * not listed is refused. Partners with the family's consent join here later, through this
 * same table.
 */
final class AccessPolicy {

	private static final Set<AuditAction> READ = Set.of(AuditAction.VIEW, AuditAction.LIST);

	private static final Set<AuditAction> ALL = Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.CREATE,
			AuditAction.UPDATE, AuditAction.GRANT, AuditAction.REVOKE);

	private static final Map<RelationshipKind, Map<FilePart, Set<AuditAction>>> RULES = Map.of(
			RelationshipKind.COORDINATOR,
			Map.of(FilePart.OVERVIEW, ALL, FilePart.ACCESS_LOG, READ, FilePart.RELATIONSHIPS, ALL),
			RelationshipKind.PARENT,
			Map.of(FilePart.OVERVIEW, READ, FilePart.ACCESS_LOG, READ, FilePart.RELATIONSHIPS, READ),
			// a young person sees their own part of the overview; the family's log and
			// access list are the parents'
			RelationshipKind.YOUTH, Map.of(FilePart.OVERVIEW, READ));

	private AccessPolicy() {
	}

	static boolean allows(RelationshipKind relationship, FilePart part, AuditAction action) {
		return RULES.getOrDefault(relationship, Map.of()).getOrDefault(part, Set.of()).contains(action);
	}

}
