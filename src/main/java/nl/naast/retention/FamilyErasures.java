package nl.naast.retention;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.Actor;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditAnonymisation;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.shared.DisplayTime;

/**
 * The one code path that erases a family, whether its retention ended or its erasure
 * request was approved: every module deletes its rows and files, the family's audit
 * records lose their personal content (their digests and the chain stay), and the erasure
 * itself is recorded under the family's id, which by then points at nothing.
 */
@Service
public class FamilyErasures {

	/** The audit part in the report. */
	public static final String AUDIT_PART = "audit";

	private final ObjectProvider<FamilyErasure> parts;

	private final ObjectProvider<LegalHold> holds;

	private final AuditAnonymisation anonymisation;

	private final AuditLog audit;

	private final Clock clock;

	// looked up when needed: the taking-part modules are higher up and depend on this one
	FamilyErasures(ObjectProvider<FamilyErasure> parts, ObjectProvider<LegalHold> holds,
			AuditAnonymisation anonymisation, AuditLog audit, Clock clock) {
		this.parts = parts;
		this.holds = holds;
		this.anonymisation = anonymisation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Erases everything about the family, in the caller's transaction.
	 * @param cause why, in stable words (retention, request); no personal text
	 * @return per part, how many rows and files were erased
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Integer> erase(UUID familyId, String cause) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		parts.orderedStream()
			.sorted(Comparator.comparingInt(FamilyErasure::order))
			.forEach(part -> counts.merge(part.part(), part.eraseFamily(familyId), Integer::sum));
		counts.put(AUDIT_PART, anonymisation.anonymiseFamily(familyId));
		audit.record(new AuditEntry(Actor.SYSTEM, familyId, "family.erasure", AuditAction.DELETE, AuditOutcome.ALLOWED,
				cause));
		return counts;
	}

	/** What holds the family's data now, as a message key; empty when nothing does. */
	public Optional<String> holdOn(UUID familyId) {
		var today = DisplayTime.today(clock);
		return holds.orderedStream().flatMap(hold -> hold.holdOn(familyId, today).stream()).findFirst();
	}

}
