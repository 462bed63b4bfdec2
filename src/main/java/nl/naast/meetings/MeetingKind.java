package nl.naast.meetings;

/** With whom the family meets, as the family would say it. */
public enum MeetingKind {

	/** a conversation with the child protection worker (jeugdbeschermer) */
	CHILD_PROTECTION,
	/** a hearing at the juvenile court (zitting bij de kinderrechter) */
	COURT_HEARING,
	/** an interview with the Child Protection Board (Raad voor de Kinderbescherming) */
	BOARD_INTERVIEW,
	/** school */
	SCHOOL,
	/** the municipality (gemeente), e.g. the neighbourhood team or income support */
	MUNICIPALITY,
	/** the benefits-recovery office (Herstel Toeslagen) */
	BENEFITS_RECOVERY,
	/** anyone else */
	OTHER

}
