package nl.naast.retention;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The demo mail outbox (shared) keeps copies of every mail Naast would have sent; they
 * expire like notifications. Here rather than in shared, which sits below every module.
 */
@Component
class MailOutboxExpiry implements ExpiringRecords {

	private final RetentionRunRepository runs;

	MailOutboxExpiry(RetentionRunRepository runs) {
		this.runs = runs;
	}

	@Override
	public String retentionClass() {
		return RetentionProperties.MAIL_OUTBOX;
	}

	@Override
	public int eraseCreatedBefore(Instant cutoff) {
		return runs.deleteMailSentBefore(cutoff);
	}

}
