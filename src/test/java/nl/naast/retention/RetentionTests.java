package nl.naast.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.naast.audit.AuditChain;
import nl.naast.audit.ChainVerification;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.support.Fixtures;
import nl.naast.support.Fixtures.FamilyWithPeople;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.team.ClosingForm;
import nl.naast.team.Teams;

/**
 * The family file class at its edges, with a fake clock: the day before its retention
 * ends nothing of the family is erased; on the day it ends, nothing identifiable is left
 * in any table or on disk, other families keep everything, and the audit chain still
 * verifies.
 */
@NaastTest
@Import(RetentionTests.Setup.class)
class RetentionTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	RetentionRuns runs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Teams teams;

	@Autowired
	Accounts accounts;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditChain chain;

	@Autowired
	nl.naast.story.StoryProperties story;

	Path attachments;

	@BeforeEach
	void today() {
		attachments = story.attachments().toAbsolutePath().normalize();
		clock.moveTo(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS));
	}

	@Test
	void aClosedFileIsKeptUntilTheDayItsRetentionEndsAndThenNothingOfTheFamilyIsLeft() throws Exception {
		FamilyWithPeople closed = fullFamily();
		Fixtures.StoryEntry entry = fixtures.storyEntry(closed);
		FamilyWithPeople other = fullFamily();
		Fixtures.StoryEntry otherEntry = fixtures.storyEntry(other);
		accounts.actingAs(closed.coordinator().id(),
				() -> teams.close(closed.id(), new ClosingForm("Afgerond " + closed.marker(), "Geen", "Dank")));
		LocalDate closedOn = DisplayTime.today(clock);
		LocalDate end = closedOn.plusYears(20);
		Map<String, Long> before = rowsOf(closed.id());
		Map<String, Long> otherBefore = rowsOf(other.id());
		assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(20);
		assertThat(Files.exists(attachments.resolve(entry.attachmentId().toString()))).isTrue();

		clock.moveTo(DisplayTime.startOf(end.minusDays(1)).plus(23, ChronoUnit.HOURS));
		// on a shared test database other tests' closed families may expire too: this
		// test
		// follows its own family
		runs.run();
		assertThat(rowsOf(closed.id())).isEqualTo(before);
		assertThat(Files.exists(attachments.resolve(entry.attachmentId().toString()))).isTrue();

		clock.moveTo(DisplayTime.startOf(end).plus(3, ChronoUnit.HOURS));
		RetentionRun dayOf = runs.run();
		assertThat(dayOf.erased(RetentionProperties.FAMILY_FILE, RetentionRuns.FAMILIES)).isPositive();
		assertThat(dayOf.erased(RetentionProperties.FAMILY_FILE, "story")).isPositive();
		assertThat(rowsOf(closed.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(cellsContaining(closed.marker())).isEmpty();
		assertThat(cellsContaining(closed.id().toString())).isEmpty();
		assertThat(cellsContaining(closed.parent().email())).isEmpty();
		assertThat(cellsContaining(closed.youth().email())).isEmpty();
		assertThat(Files.exists(attachments.resolve(entry.attachmentId().toString()))).isFalse();
		// the audit log keeps what happened under the family's id, which now points at
		// nothing: without names, reasons or addresses
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND resource <> 'family.erasure'
				  AND (actor_name IS NOT NULL OR reason IS NOT NULL OR client_address IS NOT NULL)""", Long.class,
				closed.id()))
			.isZero();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE family_id = ?", Long.class, closed.id()))
			.isPositive();

		assertThat(rowsOf(other.id())).isEqualTo(otherBefore);
		assertThat(cellsContaining(other.marker())).isNotEmpty();
		assertThat(Files.exists(attachments.resolve(otherEntry.attachmentId().toString()))).isTrue();
		ChainVerification verification = chain.verify();
		assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();

		// the run is reported for administrators, and the next run finds nothing more
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_run_count WHERE run_id = ? AND erased > 0",
				Long.class, dayOf.id()))
			.isPositive();
		assertThat(runs.run().erased(RetentionProperties.FAMILY_FILE, RetentionRuns.FAMILIES)).isZero();
	}

	@Test
	void theAuditLogIsAnonymisedAfterFiveFullYearsAndStillVerifies() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		LocalDate written = DisplayTime.today(clock);
		long first = jdbc.queryForObject("SELECT MIN(sequence) FROM audit_record WHERE family_id = ?", Long.class,
				family.id());

		clock.moveTo(DisplayTime.startOf(written.plusYears(5)).plus(3, ChronoUnit.HOURS));
		runs.run();
		assertThat(actorName(first)).isNotNull();

		clock.moveTo(DisplayTime.startOf(written.plusYears(5).plusDays(1)).plus(3, ChronoUnit.HOURS));
		RetentionRun run = runs.run();
		assertThat(run.erased(RetentionProperties.AUDIT_LOG, "records")).isPositive();
		assertThat(actorName(first)).isNull();
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_record WHERE family_id = ? AND "
						+ "(actor_name IS NOT NULL OR client_address IS NOT NULL OR content_salt IS NOT NULL)",
				Long.class, family.id()))
			.isZero();
		// the family and its file stay: only the log's personal content went
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM family WHERE id = ?", Long.class, family.id()))
			.isEqualTo(1);
		ChainVerification verification = chain.verify();
		assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
	}

	private String actorName(long sequence) {
		return jdbc.queryForObject("SELECT actor_name FROM audit_record WHERE sequence = ?", String.class, sequence);
	}

	/** A family with something in nearly every part of the file. */
	private FamilyWithPeople fullFamily() {
		FamilyWithPeople family = fixtures.withTwoChildrenInFosterCare(fixtures.account(Role.COORDINATOR));
		fixtures.analysis(family);
		fixtures.goalWithStep(family);
		fixtures.demand(family);
		fixtures.meetings(family);
		fixtures.lowRating(family);
		fixtures.legal(family);
		fixtures.reflection(family);
		fixtures.barrier(family.coordinator(), family, Fixtures.unique("Wachtlijst"));
		fixtures.consent(family, fixtures.teamMember(family), nl.naast.access.FilePart.STORY);
		fixtures.rectification(family);
		return family;
	}

	/** Rows per table that name the family by its id, outside the audit log. */
	private Map<String, Long> rowsOf(UUID familyId) {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : jdbc.queryForList("""
				SELECT table_name FROM information_schema.columns
				WHERE table_schema = ? AND LOWER(column_name) = 'family_id'
				  AND LOWER(table_name) <> 'audit_record' ORDER BY table_name""", String.class, schema())) {
			rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE family_id = ?", Long.class,
					familyId));
		}
		rows.put("family", jdbc.queryForObject("SELECT COUNT(*) FROM family WHERE id = ?", Long.class, familyId));
		return rows;
	}

	private String schema() {
		return jdbc.execute((ConnectionCallback<String>) c -> c.getSchema());
	}

	/** Every text cell in every table that contains the text, as table.column. */
	private List<String> cellsContaining(String text) {
		List<Map<String, Object>> columns = jdbc.queryForList("""
				SELECT table_name, column_name FROM information_schema.columns
				WHERE table_schema = ?
				  AND (LOWER(data_type) LIKE '%char%' OR LOWER(data_type) = 'text')""", schema());
		return columns.stream().map(c -> c.get("table_name") + "." + c.get("column_name")).filter(cell -> {
			String[] parts = cell.split("\\.");
			Long hits = jdbc.queryForObject("SELECT COUNT(*) FROM " + parts[0] + " WHERE " + parts[1] + " LIKE ?",
					Long.class, "%" + text + "%");
			return hits != null && hits > 0;
		}).toList();
	}

}
