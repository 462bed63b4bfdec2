package nl.naast.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.shared.privacy.FamilyDataContribution;
import nl.naast.shared.privacy.FamilyDataSection;
import nl.naast.shared.privacy.FamilyRows;
import nl.naast.shared.privacy.FamilySubject;

/**
 * The access overview (Wabvpz): who viewed or changed the family's file, when, in which
 * role and for which organisation, as "who looked at our file" shows it. Client
 * addresses, request ids and hashes stay out: they serve the chain's verification, not
 * the family's overview.
 */
@Component
class AccessOverviewData implements FamilyDataContribution {

	private final JdbcClient jdbc;

	private final AuditLog log;

	AccessOverviewData(JdbcClient jdbc, AuditLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	@Override
	public int order() {
		return 1000;
	}

	@Override
	public List<FamilyDataSection> sections(FamilySubject subject) {
		if (!subject.sees("ACCESS_LOG")) {
			return List.of();
		}
		// the export itself is in its own overview
		log.appendPendingNow();
		return List.of(FamilyRows.section(jdbc, "audit.access-overview", """
				SELECT sequence, occurred_at, actor_name, actor_role, actor_organisation, resource, action
				FROM audit_record WHERE family_id = ? AND outcome = 'ALLOWED' AND action <> 'LIST'
				ORDER BY sequence
				""", subject.familyId()));
	}

}
