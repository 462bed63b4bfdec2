package nl.naast.audit;

/** What someone did with family data. */
public enum AuditAction {

	VIEW, LIST, CREATE, UPDATE, GRANT, REVOKE,
	/** a copy of the data was handed out, e.g. the family's download of its own data */
	EXPORT

}
