package nl.naast.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.shared.NotFoundException;

/**
 * What administrators do with mail that failed or may or may not have gone out: send it
 * again, or let it go. Both are audited; neither concerns a family.
 */
@Service
class MailAttention {

	private final MailQueue queue;

	private final AuditLog audit;

	private final Accounts accounts;

	private final Clock clock;

	MailAttention(MailQueue queue, AuditLog audit, Accounts accounts, Clock clock) {
		this.queue = queue;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<MailProblem> problems() {
		return queue.problems(200);
	}

	@Transactional
	public void retry(UUID mailId) {
		if (!queue.retry(mailId, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS))) {
			throw new NotFoundException("No failed or uncertain mail " + mailId);
		}
		record(mailId, "retry");
	}

	@Transactional
	public void discard(UUID mailId) {
		if (!queue.discard(mailId)) {
			throw new NotFoundException("No failed or uncertain mail " + mailId);
		}
		record(mailId, "discard");
	}

	private void record(UUID mailId, String what) {
		CurrentUser admin = accounts.current();
		audit.record(new AuditEntry(
				new Actor(admin.accountId(), admin.displayName(), admin.role().name(), admin.organisationName()), null,
				"notifications.mail:" + mailId, AuditAction.UPDATE, AuditOutcome.ALLOWED, what));
	}

}
