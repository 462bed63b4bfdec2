package nl.naast.reflection;

import java.util.Set;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.NotFoundException;

/**
 * Reflection is for professionals: coordinators, team members from other organisations
 * and team managers. Parents, young people and administrators find nothing here.
 */
final class Professionals {

	private static final Set<Role> ROLES = Set.of(Role.COORDINATOR, Role.PARTNER, Role.MANAGER);

	private Professionals() {
	}

	static CurrentUser current(Accounts accounts) {
		CurrentUser me = accounts.current();
		if (!ROLES.contains(me.role())) {
			throw new NotFoundException("Reflection is for professionals");
		}
		return me;
	}

	/** Records a read or change of one's own reflection, never with a family. */
	static void record(AuditLog audit, CurrentUser me, String resource, AuditAction action) {
		audit
			.record(new AuditEntry(new Actor(me.accountId(), me.displayName(), me.role().name(), me.organisationName()),
					null, resource, action, AuditOutcome.ALLOWED, null));
	}

}
