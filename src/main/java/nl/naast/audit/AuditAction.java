package nl.naast.audit;

/** What someone did with family data. */
public enum AuditAction {

	VIEW, LIST, CREATE, UPDATE, GRANT, REVOKE, DELETE

}
