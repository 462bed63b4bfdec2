package nl.naast.identity;

/** The kinds of organisation a family meets in the chain. */
public enum OrganisationKind {

	/** the independent support team itself */
	SUPPORT_TEAM,
	/** gecertificeerde instelling (jeugdbescherming) */
	CHILD_PROTECTION_AGENCY,
	/** gemeente, wijkteam */
	MUNICIPALITY,
	/** Raad voor de Kinderbescherming */
	CHILD_PROTECTION_BOARD, COURT, DEBT_HELP, MENTAL_HEALTH, SCHOOL,
	/** Uitvoeringsorganisatie Herstel Toeslagen */
	BENEFITS_RECOVERY, LAWYER, OTHER

}
