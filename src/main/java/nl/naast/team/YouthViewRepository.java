package nl.naast.team;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class YouthViewRepository {

	private final JdbcClient jdbc;

	YouthViewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Views of the family's young people, with their names (from the accounts) filled in
	 * by the caller.
	 */
	List<YouthView> ofFamily(UUID familyId) {
		return jdbc.sql("SELECT * FROM team_youth_view WHERE family_id = ?")
			.param(familyId)
			.query((rs, n) -> new YouthView(rs.getObject("youth_account_id", UUID.class), null,
					rs.getObject("member_account_id", UUID.class), YouthView.Opinion.valueOf(rs.getString("opinion")),
					rs.getString("comment")))
			.list();
	}

	void save(UUID familyId, YouthView view, Instant now) {
		int updated = jdbc
			.sql("UPDATE team_youth_view SET opinion = ?, comment = ?, updated_at = ? "
					+ "WHERE family_id = ? AND youth_account_id = ? AND member_account_id = ?")
			.params(view.opinion().name(), view.comment(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), familyId,
					view.youthAccountId(), view.memberAccountId())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO team_youth_view (family_id, youth_account_id, member_account_id, opinion, comment, "
					+ "updated_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(familyId, view.youthAccountId(), view.memberAccountId(), view.opinion().name(), view.comment(),
						OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
	}

}
