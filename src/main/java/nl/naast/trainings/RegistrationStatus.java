package nl.naast.trainings;

/** Where a registration stands: a place, a place on the waiting list, or cancelled. */
public enum RegistrationStatus {

	REGISTERED, WAITING, CANCELLED

}
