package nl.naast.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Naast works on at most a fixed number of requests at once; the others wait their turn
 * in order of arrival.
 * <p>
 * Why: with the embedded database every request's work, the database's included, runs on
 * the server's own cores. Every request gets a virtual thread, and a virtual thread that
 * waits (for a connection, for the audit log's commit) goes to the back of the line.
 * Thirty-two requests at once then take turns until they all finish late together. With a
 * few requests per core at a time, the first to arrive is the first to be answered, and
 * the slowest answers come much sooner. PostgreSQL does the database's work in processes
 * of its own and its connection pool already bounds it: the {@code postgres} profile sets
 * no limit ({@code 0}).
 * <p>
 * A request waits for its turn only once its form has arrived: a person on a slow line
 * takes nobody's turn while sending. Static files and health checks do not wait at all. A
 * request that has waited {@code naast.web.queue-timeout} gets a calm "busy, try again"
 * page (503). A download gives its turn back before it is sent, so someone reading it
 * slowly takes nobody's turn either.
 */
@Component
@Order(ConcurrentRequestLimit.ORDER)
public class ConcurrentRequestLimit extends OncePerRequestFilter {

	/**
	 * After the request id and the character set, before the session is read and before
	 * Spring Security: those are part of a request's work.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * Requests at once per processor when {@code naast.web.concurrent-requests} is unset.
	 */
	static final int PER_PROCESSOR = 8;

	private static final Logger log = LoggerFactory.getLogger(ConcurrentRequestLimit.class);

	private static final long REFUSAL_LOG_INTERVAL = TimeUnit.MINUTES.toNanos(1);

	private final int limit;

	private final Semaphore turns;

	private final Duration queueTimeout;

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong lastRefusalLogged = new AtomicLong(System.nanoTime() - REFUSAL_LOG_INTERVAL);

	ConcurrentRequestLimit(@Value("${naast.web.concurrent-requests:#{null}}") Integer limit,
			@Value("${naast.web.queue-timeout:10s}") Duration queueTimeout) {
		this.limit = limit != null ? limit : PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
		if (this.limit < 0) {
			throw new IllegalArgumentException("naast.web.concurrent-requests must be 0 (no limit) or more");
		}
		// fair: the longest waiting request goes first
		this.turns = new Semaphore(Math.max(this.limit, 1), true);
		this.queueTimeout = queueTimeout;
	}

	/** How many requests Naast works on at once; 0 when there is no limit. */
	int limit() {
		return this.limit;
	}

	/** Turns free now. */
	int free() {
		return this.turns.availablePermits();
	}

	/** Requests waiting for their turn now. */
	int waiting() {
		return this.turns.getQueueLength();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.limit == 0 || StaticFiles.requested(request)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
				|| (hasBody(request) && !isForm(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasBody(request)) {
			// the whole form is read now and kept for whoever asks later; a failure
			// (too large) is reported again where it always was
			request.getParameterMap();
		}
		boolean myTurn;
		try {
			myTurn = this.turns.tryAcquire(this.queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			myTurn = false;
		}
		if (!myTurn) {
			refuse(response);
			return;
		}
		Turn turn = new Turn(this.turns);
		try {
			chain.doFilter(request, new GivesBackTurnBeforeSending(response, turn));
		}
		finally {
			turn.giveBack();
		}
	}

	private void refuse(HttpServletResponse response) throws IOException {
		long count = this.refused.incrementAndGet();
		long now = System.nanoTime();
		long last = this.lastRefusalLogged.get();
		if (now - last >= REFUSAL_LOG_INTERVAL && this.lastRefusalLogged.compareAndSet(last, now)) {
			log.warn("Too busy: {} requests so far waited {} for one of {} turns and were answered 503", count,
					this.queueTimeout, this.limit);
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return MediaType.APPLICATION_FORM_URLENCODED.includes(media)
					|| MediaType.MULTIPART_FORM_DATA.includes(media);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** One request's turn, given back once, however often it is asked to. */
	private static final class Turn {

		private final Semaphore turns;

		private final AtomicBoolean held = new AtomicBoolean(true);

		Turn(Semaphore turns) {
			this.turns = turns;
		}

		void giveBack() {
			if (this.held.compareAndSet(true, false)) {
				this.turns.release();
			}
		}

	}

	/**
	 * The response of a request that holds a turn. Its turn is given back before its
	 * output stream sends anything: before a flush, or before a write that the response's
	 * buffer cannot take. A download (an attachment, a PDF, an export) has done its work
	 * by then and only waits for the network, which for someone on a slow phone takes
	 * long. Pages are written by their templates, not through this stream, and keep their
	 * turn until they are done.
	 */
	private static final class GivesBackTurnBeforeSending extends HttpServletResponseWrapper {

		private final Turn turn;

		private ServletOutputStream stream;

		GivesBackTurnBeforeSending(HttpServletResponse response, Turn turn) {
			super(response);
			this.turn = turn;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new GivesBackBeforeSending(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public void flushBuffer() throws IOException {
			this.turn.giveBack();
			super.flushBuffer();
		}

		private final class GivesBackBeforeSending extends ServletOutputStream {

			private final ServletOutputStream delegate;

			private long written;

			GivesBackBeforeSending(ServletOutputStream delegate) {
				this.delegate = delegate;
			}

			@Override
			public void write(int b) throws IOException {
				beforeWriting(1);
				this.delegate.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				beforeWriting(length);
				this.delegate.write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				GivesBackTurnBeforeSending.this.turn.giveBack();
				this.delegate.flush();
			}

			@Override
			public void close() throws IOException {
				GivesBackTurnBeforeSending.this.turn.giveBack();
				this.delegate.close();
			}

			@Override
			public boolean isReady() {
				return this.delegate.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.delegate.setWriteListener(listener);
			}

			private void beforeWriting(int length) {
				this.written += length;
				if (this.written > getBufferSize()) {
					GivesBackTurnBeforeSending.this.turn.giveBack();
				}
			}

		}

	}

}
