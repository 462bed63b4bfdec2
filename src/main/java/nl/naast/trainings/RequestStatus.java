package nl.naast.trainings;

/** Where a custom request stands for the team. */
public enum RequestStatus {

	NEW, IN_CONVERSATION, PLANNED, DECLINED

}
