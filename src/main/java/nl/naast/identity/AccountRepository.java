package nl.naast.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.PageRequest;
import nl.naast.shared.Slice;

@Repository
class AccountRepository {

	private static final String SELECT = """
			SELECT a.id, a.email, a.display_name, a.password_hash, a.role, a.organisation_id, a.enabled,
			       o.name AS organisation_name
			FROM account a LEFT JOIN organisation o ON o.id = a.organisation_id
			""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	Optional<StoredAccount> byEmail(String email) {
		return jdbc.sql(SELECT + " WHERE a.email = ?").param(normalise(email)).query(AccountRepository::map).optional();
	}

	Optional<StoredAccount> byId(UUID id) {
		return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AccountRepository::map).optional();
	}

	List<StoredAccount> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE a.id IN (:ids)").param("ids", ids).query(AccountRepository::map).list();
	}

	List<StoredAccount> byRole(Role role) {
		return jdbc.sql(SELECT + " WHERE a.role = ? AND a.enabled ORDER BY a.display_name")
			.param(role.name())
			.query(AccountRepository::map)
			.list();
	}

	/** Enabled professionals of one organisation, by name. */
	List<StoredAccount> professionalsOf(UUID organisationId, int limit) {
		return jdbc.sql(SELECT + """
				WHERE a.organisation_id = ? AND a.enabled AND a.role IN ('COORDINATOR', 'PARTNER', 'MANAGER')
				ORDER BY a.display_name LIMIT ?""").params(organisationId, limit).query(AccountRepository::map).list();
	}

	Slice<StoredAccount> page(String query, PageRequest page) {
		String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
		long total = jdbc.sql("SELECT COUNT(*) FROM account a WHERE LOWER(a.display_name) LIKE :q OR a.email LIKE :q")
			.param("q", like)
			.query(Long.class)
			.single();
		List<StoredAccount> items = jdbc.sql(SELECT + """
				 WHERE LOWER(a.display_name) LIKE :q OR a.email LIKE :q
				ORDER BY a.display_name, a.email LIMIT :limit OFFSET :offset
				""")
			.param("q", like)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AccountRepository::map)
			.list();
		return new Slice<>(items, page.page(), page.size(), total);
	}

	boolean any() {
		return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single() > 0;
	}

	void insert(UUID id, String email, String displayName, String passwordHash, Role role, UUID organisationId,
			Instant now) {
		jdbc.sql("""
				INSERT INTO account (id, email, display_name, password_hash, role, organisation_id, enabled,
				  created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, 0)
				""")
			.params(id, normalise(email), displayName, passwordHash, role.name(), organisationId,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	void setPassword(UUID id, String passwordHash) {
		jdbc.sql("UPDATE account SET password_hash = ?, version = version + 1 WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	void setEnabled(UUID id, boolean enabled) {
		jdbc.sql("UPDATE account SET enabled = ?, version = version + 1 WHERE id = ?").params(enabled, id).update();
	}

	/** Ends every session of the account on every node: they all hold an older epoch. */
	void endSessions(UUID id) {
		jdbc.sql("UPDATE account SET session_epoch = session_epoch + 1 WHERE id = ?").param(id).update();
	}

	/**
	 * Whether the account may still be signed in, and the epoch its sessions must hold.
	 */
	Optional<SessionState> sessionState(UUID id) {
		return jdbc.sql("SELECT enabled, session_epoch FROM account WHERE id = ?")
			.param(id)
			.query((rs, n) -> new SessionState(rs.getBoolean(1), rs.getInt(2)))
			.optional();
	}

	record SessionState(boolean enabled, int epoch) {
	}

	/**
	 * The account keeps its id (records point at it) and loses everything that names the
	 * person.
	 */
	void erase(UUID id) {
		jdbc.sql("DELETE FROM account_token WHERE account_id = ?").param(id).update();
		jdbc.sql("DELETE FROM sign_in_code WHERE account_id = ?").param(id).update();
		jdbc.sql("DELETE FROM external_identity WHERE account_id = ?").param(id).update();
		jdbc.sql("DELETE FROM sign_in_code_event WHERE account_id = ?").param(id).update();
		// passkeys are filed under the e-mail address by Spring Security's tables
		jdbc.sql("""
				DELETE FROM user_credentials WHERE user_entity_user_id IN
				  (SELECT e.id FROM user_entities e JOIN account a ON e.name = a.email WHERE a.id = ?)""")
			.param(id)
			.update();
		jdbc.sql("DELETE FROM user_entities WHERE name = (SELECT email FROM account WHERE id = ?)").param(id).update();
		// copies of mail sent to the person (the shared outbox) go with the address
		jdbc.sql("DELETE FROM mail_outbox WHERE recipient = (SELECT email FROM account WHERE id = ?)")
			.param(id)
			.update();
		jdbc.sql("""
				UPDATE account SET email = ?, display_name = '-', password_hash = NULL, enabled = FALSE,
				  session_epoch = session_epoch + 1, version = version + 1 WHERE id = ?""")
			.params("erased-" + id + "@erased.invalid", id)
			.update();
	}

	static StoredAccount map(ResultSet rs, int row) throws SQLException {
		return new StoredAccount(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
				rs.getBoolean("enabled"));
	}

	record StoredAccount(UUID id, String email, String displayName, String passwordHash, Role role, UUID organisationId,
			String organisationName, boolean enabled) {

		AccountSummary summary() {
			return new AccountSummary(id, email, displayName, role, organisationId, organisationName, enabled,
					passwordHash != null);
		}

		NaastUser user() {
			return new NaastUser(id, email, displayName, passwordHash, role, organisationName, enabled);
		}
	}

}
