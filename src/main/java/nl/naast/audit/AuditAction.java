package nl.naast.audit;

/** What someone did with family data. */
public enum AuditAction {

	VIEW, LIST, CREATE, UPDATE, GRANT, REVOKE, DELETE,
	/** a copy of the data was handed out, e.g. the family's download of its own data */
	EXPORT

}
