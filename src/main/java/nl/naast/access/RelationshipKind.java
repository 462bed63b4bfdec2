package nl.naast.access;

/**
 * How a person is related to a family. Only a relationship opens a family; a role alone
 * does not.
 */
public enum RelationshipKind {

	/** the assigned procesbegeleider */
	COORDINATOR,
	/** a parent or carer in the family */
	PARENT,
	/** a young person in the family, for their own part */
	YOUTH,
	/** a professional in the family's team, who sees only what the family consented to */
	TEAM_MEMBER,
	/**
	 * a team manager under the emergency procedure (noodprocedure): read-only and for a
	 * limited time, never stored as a relationship
	 */
	EMERGENCY

}
