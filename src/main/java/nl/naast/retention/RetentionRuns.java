package nl.naast.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditAnonymisation;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.NotFoundException;

/**
 * Applies every retention class once, with the application clock, and writes what it
 * erased to {@code retention_run}. Each family is erased in a transaction of its own, so
 * one failing family does not keep the others. Days are Europe/Amsterdam days: a file
 * closed on day D with a period P is erased on the run of day D + P, not a day earlier.
 */
@Service
public class RetentionRuns {

	/** The class under which approved erasure requests are reported. */
	public static final String ERASURE_REQUEST = "erasure-request";

	/** Families skipped because something holds their data. */
	public static final String HELD = "held";

	/** How many families were erased (the parts count rows). */
	public static final String FAMILIES = "families";

	private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);

	private static final int MAX_FAMILIES = 10_000;

	private final RetentionProperties properties;

	private final FamilyErasures erasures;

	private final ObjectProvider<ClosedFamilies> closed;

	private final ObjectProvider<ApprovedErasures> approved;

	private final ObjectProvider<ExpiringRecords> expiring;

	private final AuditAnonymisation anonymisation;

	private final AuditLog audit;

	private final RetentionRunRepository runs;

	private final Accounts accounts;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RetentionRuns(RetentionProperties properties, FamilyErasures erasures, ObjectProvider<ClosedFamilies> closed,
			ObjectProvider<ApprovedErasures> approved, ObjectProvider<ExpiringRecords> expiring,
			AuditAnonymisation anonymisation, AuditLog audit, RetentionRunRepository runs, Accounts accounts,
			Clock clock, PlatformTransactionManager transactions) {
		this.properties = properties;
		this.erasures = erasures;
		this.closed = closed;
		this.approved = approved;
		this.expiring = expiring;
		this.anonymisation = anonymisation;
		this.audit = audit;
		this.runs = runs;
		this.accounts = accounts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** One run over every class; returns what it erased. */
	public RetentionRun run() {
		Instant started = clock.instant();
		LocalDate today = DisplayTime.today(clock);
		List<RetentionRun.Count> counts = new ArrayList<>();

		RetentionClass familyFile = properties.of(RetentionProperties.FAMILY_FILE);
		Set<UUID> expired = new LinkedHashSet<>();
		closed.orderedStream()
			.forEach(source -> expired
				.addAll(source.closedOnOrBefore(today.minus(familyFile.duration()), MAX_FAMILIES)));
		eraseFamilies(RetentionProperties.FAMILY_FILE, expired, "retention", counts);

		Set<UUID> requested = new LinkedHashSet<>();
		approved.orderedStream().forEach(source -> requested.addAll(source.approvedFamilies()));
		requested.removeAll(expired);
		eraseFamilies(ERASURE_REQUEST, requested, "request", counts);

		Instant logCutoff = DisplayTime.startOf(today.minus(properties.of(RetentionProperties.AUDIT_LOG).duration()));
		int anonymised = transaction.execute(status -> anonymisation.anonymiseWrittenBefore(logCutoff));
		counts.add(new RetentionRun.Count(RetentionProperties.AUDIT_LOG, "records", anonymised));

		expiring.orderedStream().forEach(records -> {
			RetentionClass kind = properties.of(records.retentionClass());
			Instant cutoff = DisplayTime.startOf(today.minus(kind.duration()));
			int erased = transaction.execute(status -> records.eraseCreatedBefore(cutoff));
			counts.add(new RetentionRun.Count(kind.name(), "records", erased));
		});

		RetentionRun run = new RetentionRun(UUID.randomUUID(), started, clock.instant(), today, merged(counts));
		transaction.executeWithoutResult(status -> {
			runs.save(run);
			audit.record(new AuditEntry(Actor.SYSTEM, null, "retention.run", AuditAction.DELETE, AuditOutcome.ALLOWED,
					summary(run)));
		});
		log.info("Retention run {}: {}", today, summary(run));
		return run;
	}

	private void eraseFamilies(String retentionClass, Set<UUID> families, String cause,
			List<RetentionRun.Count> counts) {
		int erased = 0;
		int held = 0;
		for (UUID familyId : families) {
			try {
				// the hold is checked in the erasure's own transaction, so nothing
				// entered
				// in between is erased with it
				Map<String, Integer> parts = transaction
					.execute(status -> erasures.holdOn(familyId).isPresent() ? null : erasures.erase(familyId, cause));
				if (parts == null) {
					held++;
					continue;
				}
				parts.forEach((part, n) -> counts.add(new RetentionRun.Count(retentionClass, part, n)));
				erased++;
			}
			catch (RuntimeException e) {
				// the next run tries again; the others go on
				log.error("Could not erase family {}", familyId, e);
			}
		}
		counts.add(new RetentionRun.Count(retentionClass, FAMILIES, erased));
		counts.add(new RetentionRun.Count(retentionClass, HELD, held));
	}

	private static List<RetentionRun.Count> merged(List<RetentionRun.Count> counts) {
		Map<List<String>, Integer> sums = new java.util.LinkedHashMap<>();
		counts.forEach(c -> sums.merge(List.of(c.retentionClass(), c.part()), c.erased(), Integer::sum));
		return sums.entrySet()
			.stream()
			.map(e -> new RetentionRun.Count(e.getKey().get(0), e.getKey().get(1), e.getValue()))
			.toList();
	}

	private static String summary(RetentionRun run) {
		return run.counts()
			.stream()
			.filter(c -> c.erased() > 0)
			.map(c -> c.retentionClass() + "/" + c.part() + "=" + c.erased())
			.reduce((a, b) -> a + ", " + b)
			.orElse("nothing expired");
	}

	/** For administrators: recent runs and the classes in force. Audited. */
	@Transactional
	public Report report() {
		CurrentUser admin = accounts.current();
		if (admin.role() != Role.ADMIN) {
			throw new NotFoundException("For administrators");
		}
		audit.record(new AuditEntry(
				new Actor(admin.accountId(), admin.displayName(), admin.role().name(), admin.organisationName()), null,
				"retention.report", AuditAction.VIEW, AuditOutcome.ALLOWED, null));
		return new Report(properties.all(), runs.recent(30));
	}

	public record Report(List<RetentionClass> classes, List<RetentionRun> runs) {
	}

}
