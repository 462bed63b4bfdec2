package nl.naast.trainings;

/** Where a custom request comes from. */
public enum Institution {

	MBO, HBO, UNIVERSITY, CARE_ORGANISATION, OTHER

}
