package nl.naast.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.naast.audit.ChainAppender.Originated;

/**
 * Group commit for the records of read-only transactions. A page that only reads still
 * waits until its records are in the chain, but the records of all pages waiting at the
 * same moment go in together: one lock of the chain head, one batch of inserts, one
 * commit. H2 writes its file at every commit, so on H2 this is most of the cost of
 * showing a page (docs/performance.md).
 *
 * <p>
 * Under load the writer commits at most once per {@code naast.audit.commit-interval}.
 * Every commit rewrites the same few pages of the chain, whether it holds one record or
 * fifty, and the writer is quick enough to catch nearly every page on its own: without
 * the interval most commits held a single record, and writing them took a fifth of the
 * processor at 32 concurrent pages. A page that comes when the writer has been idle for
 * the interval goes in at once.
 *
 * <p>
 * The writer has a connection of its own: the pages that wait for it still hold theirs,
 * and with all of the pool's connections held by waiting pages a writer that borrowed
 * from the pool would wait for ever.
 */
@Component
class AuditGroupCommit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditGroupCommit.class);

	/** The most records in one commit, so that one commit never grows without end. */
	static final int MOST_PER_COMMIT = 500;

	/** How long a page waits for its records before it gives up and shows nothing. */
	static final long WAIT_SECONDS = 30;

	private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();

	private final HikariDataSource connection;

	private final TransactionTemplate transactions;

	private final ChainAppender chain;

	private final Thread writer;

	private final long intervalNanos;

	private volatile boolean stopping;

	AuditGroupCommit(DataSource dataSource, Clock clock,
			@Value("${naast.audit.commit-interval}") Duration commitInterval) {
		this.intervalNanos = commitInterval.toNanos();
		this.connection = ownConnection(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(connection));
		this.chain = new ChainAppender(JdbcClient.create(connection), new NamedParameterJdbcTemplate(connection),
				clock);
		this.writer = new Thread(this::write, "audit-group-commit");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	private static HikariDataSource ownConnection(DataSource dataSource) {
		HikariDataSource pool;
		try {
			pool = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The audit's group commit needs a Hikari connection pool", e);
		}
		HikariConfig config = new HikariConfig();
		pool.copyStateTo(config);
		config.setPoolName(pool.getPoolName() + "-audit");
		config.setMaximumPoolSize(1);
		// no idle connection kept: an installation that only writes never opens it
		config.setMinimumIdle(0);
		return new HikariDataSource(config);
	}

	/**
	 * Appends the entries with the next group and waits until that group has committed.
	 * @throws IllegalStateException when the records could not be written: the caller
	 * must then not show what it read
	 */
	void appendAndWait(List<Originated> entries) {
		if (stopping) {
			throw new IllegalStateException("The audit log is shutting down");
		}
		Submission submission = new Submission(entries, new CompletableFuture<>());
		queue.add(submission);
		try {
			submission.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the audit records were written", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("The audit records could not be written", e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("The audit records were not written within " + WAIT_SECONDS + " s", e);
		}
	}

	private void write() {
		List<Submission> group = new ArrayList<>();
		// long enough ago that the first page goes in at once
		long lastCommit = System.nanoTime() - intervalNanos;
		while (!stopping || !queue.isEmpty()) {
			try {
				Submission first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				waitForTheInterval(lastCommit);
				lastCommit = System.nanoTime();
				group.add(first);
				int records = first.entries().size();
				Submission next;
				while (records < MOST_PER_COMMIT && (next = queue.poll()) != null) {
					group.add(next);
					records += next.entries().size();
				}
				commit(group);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stopping = true;
			}
			finally {
				group.clear();
			}
		}
	}

	/** The pages that come meanwhile share the next commit. */
	private void waitForTheInterval(long lastCommit) {
		long left;
		while (!stopping && (left = lastCommit + intervalNanos - System.nanoTime()) > 0) {
			LockSupport.parkNanos(left);
		}
	}

	private void commit(List<Submission> group) {
		List<Originated> entries = new ArrayList<>();
		group.forEach(submission -> entries.addAll(submission.entries()));
		try {
			transactions.executeWithoutResult(status -> chain.append(entries));
			group.forEach(submission -> submission.done().complete(null));
		}
		catch (RuntimeException | Error e) {
			log.error("Could not append {} audit records; the pages that waited for them show an error", entries.size(),
					e);
			group.forEach(submission -> submission.done().completeExceptionally(e));
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		stopping = true;
		writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
		for (Submission left; (left = queue.poll()) != null;) {
			left.done().completeExceptionally(new IllegalStateException("The audit log shut down"));
		}
		connection.close();
	}

	private record Submission(List<Originated> entries, CompletableFuture<Void> done) {
	}

}
