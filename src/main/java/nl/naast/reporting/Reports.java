package nl.naast.reporting;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.NotFoundException;

/**
 * The team managers' overview: every module's figures in one page, with one rule for all
 * of them: a group of fewer than {@link #MIN_GROUP} is withheld, so no number points at a
 * family.
 */
@Service
public class Reports {

	/** Fewer than this, and a figure could point at a family. */
	public static final int MIN_GROUP = 5;

	private final ObjectProvider<ReportContribution> contributions;

	private final Accounts accounts;

	private final AuditLog audit;

	// looked up when needed: the contributing modules are higher up and may use reporting
	Reports(ObjectProvider<ReportContribution> contributions, Accounts accounts, AuditLog audit) {
		this.contributions = contributions;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional
	public List<ReportSection> dashboard() {
		CurrentUser manager = accounts.current();
		if (manager.role() != Role.MANAGER) {
			throw new NotFoundException("For team managers");
		}
		audit.record(new AuditEntry(
				new Actor(manager.accountId(), manager.displayName(), manager.role().name(),
						manager.organisationName()),
				null, "reports.dashboard", AuditAction.VIEW, AuditOutcome.ALLOWED, null));
		return contributions.orderedStream()
			.sorted(Comparator.comparingInt(ReportContribution::order))
			.flatMap(c -> c.sections().stream())
			.map(Reports::suppressed)
			.toList();
	}

	/** Every row resting on 1 to 4 families or barriers loses its numbers. */
	static ReportSection suppressed(ReportSection section) {
		return new ReportSection(section.titleKey(), section.introKey(), section.labelKey(), section.columnKeys(),
				section.rows().stream().map(r -> r.withheld() || tooSmall(r.basis()) ? r.withhold() : r).toList(),
				section.chart());
	}

	public static boolean tooSmall(long basis) {
		return basis > 0 && basis < MIN_GROUP;
	}

}
