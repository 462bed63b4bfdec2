package nl.naast.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.naast.identity.Accounts;
import nl.naast.retention.ClosedFamilies;
import nl.naast.retention.FamilyErasure;
import nl.naast.shared.DisplayTime;

/**
 * Erases who was related to a family and what they consented to, last of all parts. The
 * accounts of the family's own members (parents, youth) are erased too, unless they
 * belong to another family still; professionals keep theirs. Also tells retention which
 * files were closed when.
 */
@Component
class AccessErasure implements FamilyErasure, ClosedFamilies {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	AccessErasure(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String part() {
		return "access";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		TransactionMemo.forget();
		List<UUID> members = jdbc
			.sql("SELECT account_id FROM family_relationship WHERE family_id = ? AND kind IN ('PARENT', 'YOUTH')")
			.param(familyId)
			.query(UUID.class)
			.list();
		// the record of an emergency look holds the manager's reason about this family;
		// the
		// audit log keeps its anonymised trace
		int rows = jdbc.sql("DELETE FROM emergency_access WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM family_consent_change WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM family_consent WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM family_relationship WHERE family_id = ?").param(familyId).update()
				+ jdbc.sql("DELETE FROM family_closure WHERE family_id = ?").param(familyId).update();
		for (UUID member : members) {
			boolean elsewhere = jdbc.sql("SELECT COUNT(*) FROM family_relationship WHERE account_id = ?")
				.param(member)
				.query(Long.class)
				.single() > 0;
			if (!elsewhere) {
				accounts.erase(member);
				rows++;
			}
		}
		return rows;
	}

	@Override
	public List<UUID> closedOnOrBefore(LocalDate day, int limit) {
		// closed before the start of the next day, Europe/Amsterdam
		return jdbc.sql("SELECT family_id FROM family_closure WHERE closed_at < ? ORDER BY closed_at LIMIT ?")
			.params(OffsetDateTime.ofInstant(DisplayTime.startOf(day.plusDays(1)), java.time.ZoneOffset.UTC), limit)
			.query(UUID.class)
			.list();
	}

}
