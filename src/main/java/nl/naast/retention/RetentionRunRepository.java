package nl.naast.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RetentionRunRepository {

	private final JdbcClient jdbc;

	RetentionRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(RetentionRun run) {
		jdbc.sql("INSERT INTO retention_run (id, started_at, finished_at, run_on) VALUES (?, ?, ?, ?)")
			.params(run.id(), utc(run.startedAt()), utc(run.finishedAt()), run.runOn())
			.update();
		for (RetentionRun.Count count : run.counts()) {
			jdbc.sql("INSERT INTO retention_run_count (run_id, retention_class, part, erased) VALUES (?, ?, ?, ?)")
				.params(run.id(), count.retentionClass(), count.part(), count.erased())
				.update();
		}
	}

	List<RetentionRun> recent(int limit) {
		List<RetentionRun> runs = jdbc
			.sql("SELECT id, started_at, finished_at, run_on FROM retention_run ORDER BY started_at DESC LIMIT ?")
			.param(limit)
			.query((rs, n) -> new RetentionRun(rs.getObject("id", UUID.class),
					rs.getObject("started_at", OffsetDateTime.class).toInstant(),
					rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
					rs.getObject("run_on", LocalDate.class), new ArrayList<>()))
			.list();
		if (runs.isEmpty()) {
			return runs;
		}
		Map<UUID, List<RetentionRun.Count>> counts = jdbc
			.sql("SELECT run_id, retention_class, part, erased FROM retention_run_count WHERE run_id IN (:ids)"
					+ " ORDER BY retention_class, part")
			.param("ids", runs.stream().map(RetentionRun::id).toList())
			.query((rs, n) -> Map.entry(rs.getObject("run_id", UUID.class),
					new RetentionRun.Count(rs.getString("retention_class"), rs.getString("part"), rs.getInt("erased"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return runs.stream()
			.map(r -> new RetentionRun(r.id(), r.startedAt(), r.finishedAt(), r.runOn(),
					counts.getOrDefault(r.id(), List.of())))
			.toList();
	}

	int deleteMailSentBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM mail_outbox WHERE sent_at < ?").param(utc(cutoff)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
