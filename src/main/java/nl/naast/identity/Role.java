package nl.naast.identity;

/**
 * What kind of user someone is. A role alone opens no family: access also needs a
 * relationship with the family.
 */
public enum Role {

	/** procesbegeleider */
	COORDINATOR,
	/** ketenpartner: a professional from another organisation */
	PARTNER,
	/** ouder or carer */
	PARENT,
	/** jongere */
	YOUTH,
	/** teamleider */
	MANAGER,
	/** beheerder */
	ADMIN,
	/** trainer: manages the public trainings, sees no family */
	TRAINER;

	/** Everyone who works with Naast, as opposed to the families themselves. */
	public boolean professional() {
		return this != PARENT && this != YOUTH;
	}

}
