package nl.naast.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;

/** Reads the audit trail back, for "who looked at our file" and for the verifier. */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final AuditLog log;

	AuditTrail(JdbcClient jdbc, AuditLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	/**
	 * Allowed views and changes of one family's file, newest first. Appearing in
	 * someone's list of families is recorded too, but not shown here: it says nothing
	 * about the file. Callers authorise the reader first; that look itself is in the
	 * list.
	 */
	@Transactional
	public Slice<AuditRecord> forFamily(UUID familyId, PageRequest page) {
		log.appendPendingNow();
		long total = jdbc
			.sql("SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND outcome = 'ALLOWED' AND action <> 'LIST'")
			.param(familyId)
			.query(Long.class)
			.single();
		List<AuditRecord> items = jdbc.sql("""
				SELECT * FROM audit_record WHERE family_id = ? AND outcome = 'ALLOWED' AND action <> 'LIST'
				ORDER BY sequence DESC LIMIT ? OFFSET ?
				""").params(familyId, page.size(), page.offset()).query(AuditTrail::map).list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	/**
	 * Records in chain order after the given sequence, for streaming through the chain in
	 * batches.
	 */
	List<AuditRecord> after(long sequence, int batch) {
		return jdbc.sql("SELECT * FROM audit_record WHERE sequence > ? ORDER BY sequence LIMIT ?")
			.params(sequence, batch)
			.query(AuditTrail::map)
			.list();
	}

	static AuditRecord map(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("sequence"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_account_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_role"),
				rs.getString("actor_organisation"), rs.getObject("family_id", UUID.class), rs.getString("resource"),
				AuditAction.valueOf(rs.getString("action")), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("reason"), rs.getString("client_address"), rs.getString("request_id"),
				rs.getString("previous_hash"), rs.getString("hash"), rs.getString("content_salt"),
				rs.getString("content_digest"));
	}

}
