package nl.naast.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.Utc;
import nl.naast.shared.Ids;

/** The family's current consent per team member and part, and every change to it. */
@Repository
class ConsentRepository {

	private final JdbcClient jdbc;

	ConsentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<FilePart> parts(UUID familyId, UUID accountId) {
		return TransactionMemo.remember(java.util.List.of("consent", familyId, accountId), () -> {
			Set<FilePart> parts = EnumSet.noneOf(FilePart.class);
			jdbc.sql("SELECT part FROM family_consent WHERE family_id = ? AND account_id = ?")
				.params(familyId, accountId)
				.query(String.class)
				.list()
				.forEach(part -> parts.add(FilePart.valueOf(part)));
			return java.util.Collections.unmodifiableSet(parts);
		});
	}

	/** What each family opened to this member, in one query for all their families. */
	java.util.Map<UUID, Set<FilePart>> partsByFamily(UUID accountId) {
		java.util.Map<UUID, Set<FilePart>> parts = new java.util.HashMap<>();
		jdbc.sql("SELECT family_id, part FROM family_consent WHERE account_id = ?")
			.param(accountId)
			.query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), FilePart.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> parts.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(FilePart.class)).add(e.getValue()));
		return parts;
	}

	/** What the family opened to each member, in one query for the whole team. */
	java.util.Map<UUID, Set<FilePart>> partsByMember(UUID familyId) {
		java.util.Map<UUID, Set<FilePart>> parts = new java.util.HashMap<>();
		jdbc.sql("SELECT account_id, part FROM family_consent WHERE family_id = ?")
			.param(familyId)
			.query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), FilePart.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> parts.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(FilePart.class)).add(e.getValue()));
		return parts;
	}

	void grant(UUID familyId, UUID accountId, FilePart part, ConsentChange change) {
		TransactionMemo.forget();
		jdbc.sql(
				"INSERT INTO family_consent (family_id, account_id, part, granted_at, granted_by) VALUES (?, ?, ?, ?, ?)")
			.params(familyId, accountId, part.name(), Utc.of(change.at()), change.byAccountId())
			.update();
		record(change);
	}

	void withdraw(UUID familyId, UUID accountId, FilePart part, ConsentChange change) {
		TransactionMemo.forget();
		jdbc.sql("DELETE FROM family_consent WHERE family_id = ? AND account_id = ? AND part = ?")
			.params(familyId, accountId, part.name())
			.update();
		record(change);
	}

	/** Consent ends with the membership; the history of it stays. */
	void withdrawAll(UUID familyId, UUID accountId) {
		TransactionMemo.forget();
		jdbc.sql("DELETE FROM family_consent WHERE family_id = ? AND account_id = ?")
			.params(familyId, accountId)
			.update();
	}

	private void record(ConsentChange change) {
		jdbc.sql("""
				INSERT INTO family_consent_change (id, family_id, account_id, member_name, part, granted, changed_at,
				  changed_by, changed_by_name, on_paper, given_by_name, signed_on, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Ids.next(), change.familyId(), change.memberAccountId(), change.memberName(), change.part().name(),
					change.granted(), Utc.of(change.at()), change.byAccountId(), change.byName(), change.onPaper(),
					change.givenByName(), change.signedOn(), change.note())
			.update();
	}

	List<ConsentChange> history(UUID familyId) {
		return jdbc.sql("SELECT * FROM family_consent_change WHERE family_id = ? ORDER BY changed_at DESC, id")
			.param(familyId)
			.query((rs, n) -> new ConsentChange(rs.getObject("family_id", UUID.class),
					rs.getObject("account_id", UUID.class), rs.getString("member_name"),
					FilePart.valueOf(rs.getString("part")), rs.getBoolean("granted"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getObject("changed_by", UUID.class), rs.getString("changed_by_name"), rs.getBoolean("on_paper"),
					rs.getString("given_by_name"), rs.getObject("signed_on", java.time.LocalDate.class),
					rs.getString("note")))
			.list();
	}

}
