package nl.naast.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		return suppressed(contributions.orderedStream()
			.sorted(Comparator.comparingInt(ReportContribution::order))
			.flatMap(c -> c.sections().stream())
			.toList());
	}

	/** Suppression of one section on its own; see {@link #suppressed(List)}. */
	static ReportSection suppressed(ReportSection section) {
		return suppressed(List.of(section)).get(0);
	}

	/**
	 * Every row resting on 1 to 4 families or barriers loses its numbers, and so do as
	 * many others as needed to keep those from being worked out by subtraction from a
	 * total (see {@link Suppression}): rows of a section with the same total key form a
	 * group, and groups with the same key share their total across sections.
	 */
	static List<ReportSection> suppressed(List<ReportSection> sections) {
		List<Suppression.Group> groups = new ArrayList<>();
		List<List<Integer>> members = new ArrayList<>();
		List<Integer> sectionOf = new ArrayList<>();
		for (int s = 0; s < sections.size(); s++) {
			Map<String, List<Integer>> byTotal = new LinkedHashMap<>();
			List<ReportRow> rows = sections.get(s).rows();
			for (int r = 0; r < rows.size(); r++) {
				// a row outside any total is a group of its own, whose total nobody knows
				String key = rows.get(r).total() == null ? "(alone) " + s + "/" + r : rows.get(r).total();
				byTotal.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
			}
			for (var group : byTotal.entrySet()) {
				groups.add(new Suppression.Group(group.getKey(),
						group.getValue().stream().map(r -> rows.get(r).basis()).toList(),
						group.getValue().stream().map(r -> rows.get(r).withheld()).toList(), false));
				members.add(group.getValue());
				sectionOf.add(s);
			}
		}
		Suppression.Outcome outcome = Suppression.apply(groups);
		List<List<ReportRow>> rows = new ArrayList<>();
		sections.forEach(section -> rows.add(new ArrayList<>(section.rows())));
		for (int g = 0; g < groups.size(); g++) {
			List<ReportRow> own = rows.get(sectionOf.get(g));
			for (int i = 0; i < members.get(g).size(); i++) {
				int r = members.get(g).get(i);
				if (outcome.withheld().get(g).get(i)) {
					own.set(r, own.get(r).withhold(outcome.shielding().get(g).get(i)));
				}
			}
		}
		List<ReportSection> result = new ArrayList<>();
		for (int s = 0; s < sections.size(); s++) {
			ReportSection section = sections.get(s);
			result.add(new ReportSection(section.titleKey(), section.introKey(), section.labelKey(),
					section.columnKeys(), List.copyOf(rows.get(s)), section.chart()));
		}
		return result;
	}

	public static boolean tooSmall(long basis) {
		return basis > 0 && basis < MIN_GROUP;
	}

}
