package nl.naast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.shared.web.RequestIdFilter.RequestOrigin;
import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;

/**
 * The records of read-only transactions go in with a group commit: the reader waits until
 * they are in the chain, several readers share one commit, and readers that hold every
 * connection of the pool still get their records written.
 */
@NaastTest
class AuditGroupCommitTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataSource dataSource;

	@Test
	void aReaderFindsItsRecordsInTheChainWhenItsTransactionHasEnded() {
		String resource = Fixtures.unique("group.read");
		UUID family = UUID.randomUUID();
		reading().executeWithoutResult(status -> {
			log.record(entry(family, resource));
			// not yet: they go in once the transaction has ended
			assertThat(count(resource)).isZero();
		});
		assertThat(count(resource)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT family_id FROM audit_record WHERE resource = ?", UUID.class, resource))
			.isEqualTo(family);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aReaderWhoseTransactionRollsBackLeavesNothing() {
		String resource = Fixtures.unique("group.rollback");
		reading().executeWithoutResult(status -> {
			log.record(entry(UUID.randomUUID(), resource));
			status.setRollbackOnly();
		});
		assertThat(count(resource)).isZero();
	}

	@Test
	void readersThatArriveWhileAGroupIsBeingWrittenShareTheNextCommit() throws Exception {
		String resource = Fixtures.unique("group.share");
		// fewer than the pool's ten connections less the other node's: a reader holds its
		// connection while it waits, and one without a connection would only queue later
		int readers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
		try {
			CountDownLatch headLocked = new CountDownLatch(1);
			CountDownLatch readersStarted = new CountDownLatch(readers);
			// another node holds the chain head: the group commit waits, the readers
			// queue up behind it
			Future<?> otherNode = pool.submit(() -> writing().executeWithoutResult(status -> {
				jdbc.queryForList("SELECT last_sequence FROM audit_chain_head WHERE id = 1 FOR UPDATE");
				headLocked.countDown();
				await(readersStarted);
				sleep(300);
			}));
			assertThat(headLocked.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<?>> reads = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				reads.add(pool.submit(() -> {
					readersStarted.countDown();
					reading().executeWithoutResult(status -> log.record(entry(UUID.randomUUID(), resource)));
				}));
			}
			otherNode.get(20, TimeUnit.SECONDS);
			for (Future<?> read : reads) {
				read.get(20, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(resource)).isEqualTo(readers);
		// all records of one commit have the same time: the readers that queued behind
		// the lock came in a few commits, not in eight
		Integer commits = jdbc.queryForObject("SELECT COUNT(DISTINCT occurred_at) FROM audit_record WHERE resource = ?",
				Integer.class, resource);
		assertThat(commits).isBetween(1, 3);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void readersHoldingEveryConnectionOfThePoolStillGetTheirRecordsWritten() throws Exception {
		String resource = Fixtures.unique("group.pool");
		// three times the pool (ten connections): each reader holds its connection
		// while it waits for the group commit
		int readers = 30;
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> reads = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				reads.add(pool.submit(() -> {
					start.await();
					reading().executeWithoutResult(status -> {
						jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_head", Long.class);
						log.record(entry(UUID.randomUUID(), resource));
					});
					return null;
				}));
			}
			start.countDown();
			for (Future<?> read : reads) {
				read.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(resource)).isEqualTo(readers);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void underLoadTheWriterCommitsAtMostOncePerInterval() throws Exception {
		String resource = Fixtures.unique("group.interval");
		// a writer of its own, with an interval long enough to see on any machine
		AuditGroupCommit slow = new AuditGroupCommit(dataSource, Clock.systemUTC(), Duration.ofMillis(800));
		int readers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			long started = System.nanoTime();
			slow.appendAndWait(List.of(originated(resource)));
			// an idle writer does not wait for the interval
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(700));
			List<Future<?>> reads = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				reads.add(pool.submit(() -> slow.appendAndWait(List.of(originated(resource)))));
			}
			for (Future<?> read : reads) {
				read.get(20, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
			slow.destroy();
		}
		assertThat(count(resource)).isEqualTo(readers + 1);
		// the readers came within the interval after the first commit: they share the
		// next one
		Integer commits = jdbc.queryForObject("SELECT COUNT(DISTINCT occurred_at) FROM audit_record WHERE resource = ?",
				Integer.class, resource);
		assertThat(commits).isEqualTo(2);
		assertThat(chain.verify().intact()).isTrue();
	}

	private static ChainAppender.Originated originated(String resource) {
		return new ChainAppender.Originated(entry(UUID.randomUUID(), resource), new RequestOrigin("test", "127.0.0.1"));
	}

	private TransactionTemplate reading() {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setReadOnly(true);
		return template;
	}

	private TransactionTemplate writing() {
		return new TransactionTemplate(transactionManager);
	}

	private long count(String resource) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE resource = ?", Long.class, resource);
	}

	private static AuditEntry entry(UUID family, String resource) {
		return new AuditEntry(new Actor(UUID.randomUUID(), "Lezer", "COORDINATOR", "Team"), family, resource,
				AuditAction.VIEW, AuditOutcome.ALLOWED, null);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
