package nl.naast.audit;

/** Whether the attempt was allowed. Refused attempts are recorded too. */
public enum AuditOutcome {

	ALLOWED, DENIED

}
