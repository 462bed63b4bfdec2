package nl.naast.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.Utc;
import nl.naast.access.RelationshipKind;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;

/**
 * Goals, their steps and the plan's history. A family's plan is read in three queries,
 * however large.
 */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Goal> goals(UUID familyId) {
		Map<UUID, List<Step>> steps = jdbc
			.sql("SELECT * FROM plan_step WHERE family_id = ? ORDER BY position, created_at")
			.param(familyId)
			.query(PlanRepository::step)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Step::goalId));
		return jdbc.sql("SELECT * FROM plan_goal WHERE family_id = ? ORDER BY created_at")
			.param(familyId)
			.query((rs, n) -> goal(rs, steps.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	/**
	 * The text of the first end goal a parent agreed to, the way {@link #goals} orders
	 * them; one row, without the steps that every overview would otherwise read.
	 */
	Optional<String> agreedEndGoal(UUID familyId) {
		return jdbc.sql("""
				SELECT text FROM plan_goal
				WHERE family_id = ? AND horizon = 'END_GOAL' AND agreed_at IS NOT NULL
				ORDER BY created_at LIMIT 1
				""").param(familyId).query(String.class).optional();
	}

	Optional<Goal> goal(UUID familyId, UUID goalId) {
		return goals(familyId).stream().filter(g -> g.id().equals(goalId)).findFirst();
	}

	List<PlanChange> history(UUID familyId) {
		return jdbc.sql("SELECT * FROM plan_change WHERE family_id = ? ORDER BY changed_at, id")
			.param(familyId)
			.query((rs, n) -> new PlanChange(rs.getObject("goal_id", UUID.class), rs.getObject("step_id", UUID.class),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("by_name"),
					rs.getString("old_text"), rs.getString("new_text"), progress(rs.getString("old_status")),
					Progress.valueOf(rs.getString("new_status")), rs.getString("reason")))
			.list();
	}

	void insertGoal(UUID familyId, Goal goal, UUID by, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO plan_goal (id, family_id, horizon, text, status, author_account_id, author_name, author_kind,
						  agreed_at, agreed_by_name, version, created_at, created_by, updated_at, updated_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
						""")
			.params(goal.id(), familyId, goal.horizon().name(), goal.text(), goal.status().name(),
					goal.authorAccountId(), goal.authorName(), goal.authorKind().name(), Utc.of(goal.agreedAt()),
					goal.agreedByName(), Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	/**
	 * @throws ConcurrentEditException when someone changed the goal since {@code version}
	 * was read
	 */
	void updateGoal(UUID familyId, UUID goalId, int version, Horizon horizon, String text, Progress status, UUID by,
			Instant now) {
		int updated = jdbc.sql("""
				UPDATE plan_goal SET horizon = ?, text = ?, status = ?, version = version + 1, updated_at = ?,
				  updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ?
				""").params(horizon.name(), text, status.name(), Utc.of(now), by, familyId, goalId, version).update();
		if (updated != 1) {
			throw new ConcurrentEditException("Goal " + goalId + " changed meanwhile");
		}
	}

	void agreeGoal(UUID familyId, UUID goalId, int version, String byName, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE plan_goal SET agreed_at = ?, agreed_by_name = ?, version = version + 1, updated_at = ?,
				  updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ? AND agreed_at IS NULL
				""").params(Utc.of(now), byName, Utc.of(now), by, familyId, goalId, version).update();
		if (updated != 1) {
			throw new ConcurrentEditException("Goal " + goalId + " changed meanwhile");
		}
	}

	void insertStep(UUID familyId, Step step, UUID by, Instant now) {
		Integer last = jdbc.sql("SELECT MAX(position) FROM plan_step WHERE goal_id = ?")
			.param(step.goalId())
			.query(Integer.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				INSERT INTO plan_step (id, family_id, goal_id, what, who_kind, who_id, who_name, due_on, needs, status,
				  proposal, proposed_by, position, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
				""")
			.params(step.id(), familyId, step.goalId(), step.what(), step.whoFamily() ? "FAMILY" : "TEAM", step.whoId(),
					step.whoName(), step.dueOn(), step.needs(), step.status().name(), step.proposal(),
					step.proposedBy(), last == null ? 0 : last + 1, Utc.of(now), by, Utc.of(now), by)
			.update();
	}

	void updateStep(UUID familyId, UUID stepId, int version, Progress status, String proposal, UUID by, Instant now) {
		int updated = jdbc.sql("""
				UPDATE plan_step SET status = ?, proposal = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE family_id = ? AND id = ? AND version = ?
				""").params(status.name(), proposal, Utc.of(now), by, familyId, stepId, version).update();
		if (updated != 1) {
			throw new ConcurrentEditException("Step " + stepId + " changed meanwhile");
		}
	}

	/** Swaps the positions of two steps of one goal. */
	void swap(UUID familyId, Step a, Step b, UUID by, Instant now) {
		for (Step[] pair : new Step[][] { { a, b }, { b, a } }) {
			int updated = jdbc.sql("""
					UPDATE plan_step SET position = ?, version = version + 1, updated_at = ?, updated_by = ?
					WHERE family_id = ? AND id = ? AND version = ?
					""")
				.params(pair[1].position(), Utc.of(now), by, familyId, pair[0].id(), pair[0].version())
				.update();
			if (updated != 1) {
				throw new ConcurrentEditException("Step " + pair[0].id() + " changed meanwhile");
			}
		}
	}

	void recordChange(UUID familyId, PlanChange change, UUID by) {
		jdbc.sql("""
				INSERT INTO plan_change (id, family_id, goal_id, step_id, changed_at, changed_by, by_name, old_text,
				  new_text, old_status, new_status, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(Ids.next(), familyId, change.goalId(), change.stepId(), Utc.of(change.at()), by, change.byName(),
					change.oldText(), change.newText(), change.oldStatus() == null ? null : change.oldStatus().name(),
					change.newStatus().name(), change.reason())
			.update();
	}

	private static Goal goal(ResultSet rs, List<Step> steps) throws SQLException {
		OffsetDateTime agreed = rs.getObject("agreed_at", OffsetDateTime.class);
		return new Goal(rs.getObject("id", UUID.class), Horizon.valueOf(rs.getString("horizon")), rs.getString("text"),
				Progress.valueOf(rs.getString("status")), rs.getObject("author_account_id", UUID.class),
				rs.getString("author_name"), RelationshipKind.valueOf(rs.getString("author_kind")),
				agreed == null ? null : agreed.toInstant(), rs.getString("agreed_by_name"), rs.getInt("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), steps);
	}

	private static Step step(ResultSet rs, int row) throws SQLException {
		return new Step(rs.getObject("id", UUID.class), rs.getObject("goal_id", UUID.class), rs.getString("what"),
				"FAMILY".equals(rs.getString("who_kind")), rs.getObject("who_id", UUID.class), rs.getString("who_name"),
				rs.getObject("due_on", LocalDate.class), rs.getString("needs"),
				Progress.valueOf(rs.getString("status")), rs.getString("proposal"), rs.getString("proposed_by"),
				rs.getInt("position"), rs.getInt("version"));
	}

	private static Progress progress(String value) {
		return value == null ? null : Progress.valueOf(value);
	}

}
