package nl.naast.team;

/** Where a professional stands in one family's team. */
public enum MembershipStatus {

	/** invited by the coordinator; the professional has not answered */
	INVITED,
	/** the professional accepted; the family has not decided yet */
	ACCEPTED,
	/** the family agreed: a member of the team */
	ACTIVE,
	/** the professional said no to the invitation */
	DECLINED,
	/** the family said no */
	REFUSED,
	/** the member left the team */
	LEFT,
	/** the coordinator or the family ended the membership */
	REMOVED;

	public boolean open() {
		return this == INVITED || this == ACCEPTED || this == ACTIVE;
	}

}
