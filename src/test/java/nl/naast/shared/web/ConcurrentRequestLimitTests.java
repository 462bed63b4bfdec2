package nl.naast.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The limit on requests at once, on its own: who waits, in which order, what a request
 * that waited too long is told, and when a download gives its turn back.
 */
class ConcurrentRequestLimitTests {

	private final List<Thread> threads = new CopyOnWriteArrayList<>();

	/** Each request's work stays until the test lets that request go. */
	private final Map<String, CountDownLatch> goes = new ConcurrentHashMap<>();

	private volatile boolean allGo;

	private final List<String> entered = new CopyOnWriteArrayList<>();

	private final AtomicInteger inside = new AtomicInteger();

	private final AtomicInteger mostInside = new AtomicInteger();

	/** A request's work: counts who is inside, and stays until the test lets it go. */
	private final FilterChain work = (request, response) -> {
		String who = String.valueOf(((MockHttpServletRequest) request).getParameter("who"));
		this.mostInside.accumulateAndGet(this.inside.incrementAndGet(), Math::max);
		this.entered.add(who);
		try {
			go(who).await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.inside.decrementAndGet();
		}
	};

	@AfterEach
	void letEverythingFinish() throws InterruptedException {
		letAllGo();
		for (Thread thread : this.threads) {
			thread.join(10_000);
		}
	}

	@Test
	void atMostTheLimitWorkAtOnceAndTheOthersFollowInOrderOfArrival() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(2, Duration.ofSeconds(10));
		List<MockHttpServletResponse> responses = new CopyOnWriteArrayList<>();
		String[] arriving = { "a", "b", "c", "d", "e" };
		for (int i = 0; i < arriving.length; i++) {
			String who = arriving[i];
			MockHttpServletResponse response = new MockHttpServletResponse();
			responses.add(response);
			start(() -> limit.doFilter(get("/families", who), response, this.work));
			// a and b take both turns; c, d and e wait, in that order
			int position = i;
			await(() -> this.entered.size() + limit.waiting() == position + 1);
		}
		assertThat(this.entered).containsExactly("a", "b");
		assertThat(limit.waiting()).isEqualTo(3);

		// each turn given back goes to the one that has waited longest
		go("a").countDown();
		await(() -> this.entered.size() == 3);
		assertThat(this.entered).containsExactly("a", "b", "c");
		go("b").countDown();
		await(() -> this.entered.size() == 4);
		assertThat(this.entered).containsExactly("a", "b", "c", "d");
		go("c").countDown();
		await(() -> this.entered.size() == 5);
		assertThat(this.entered).containsExactly("a", "b", "c", "d", "e");

		letAllGo();
		await(() -> this.threads.stream().noneMatch(Thread::isAlive));
		assertThat(this.mostInside.get()).as("never more than the limit at once").isEqualTo(2);
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
	}

	@Test
	void aRequestThatWaitedTooLongIsToldNaastIsBusyAndIsNotWorkedOn() throws Exception {
		ConcurrentRequestLimit limit = withTheOnlyTurnTaken(Duration.ofMillis(300));

		MockHttpServletResponse response = new MockHttpServletResponse();
		long started = System.nanoTime();
		limit.doFilter(get("/families", "b"), response, this.work);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(this.entered).containsExactly("a");
	}

	@Test
	void aTurnIsGivenBackWhenTheWorkFails() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofMillis(300));
		FilterChain failing = (request, response) -> {
			throw new IllegalStateException("a bug");
		};
		for (int i = 0; i < 3; i++) {
			try {
				limit.doFilter(get("/families"), new MockHttpServletResponse(), failing);
			}
			catch (IllegalStateException expected) {
				// the failure goes on to the error pages
			}
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(get("/families"), response, (request, r) -> this.entered.add("after"));
		assertThat(this.entered).containsExactly("after");
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void aDownloadGivesItsTurnBackBeforeItIsSentAndOnlyOnce() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofSeconds(1));
		List<String> network = new ArrayList<>();
		MockHttpServletResponse response = sendingTo(network, limit);
		limit.doFilter(get("/families/x/attachments/y"), response, (request, r) -> {
			ServletOutputStream out = r.getOutputStream();
			out.write(new byte[100]);
			out.write(new byte[r.getBufferSize()]);
			out.write(7);
			out.flush();
		});
		assertThat(network).as("turns free when bytes went out")
			.containsExactly("write: 0 free", "write: 1 free", "write: 1 free", "flush: 1 free");
		assertThat(limit.free()).as("given back once").isEqualTo(1);

		List<String> small = new ArrayList<>();
		limit.doFilter(get("/families/x/meetings/y.ics"), sendingTo(small, limit), (request, r) -> {
			r.getOutputStream().write(new byte[100]);
			r.getOutputStream().flush();
		});
		assertThat(small).as("a small download is sent with its flush")
			.containsExactly("write: 0 free", "flush: 1 free");
		assertThat(limit.free()).isEqualTo(1);
	}

	@Test
	void aPageKeepsItsTurnUntilItIsDone() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofSeconds(1));
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicInteger freeWhileRendering = new AtomicInteger(-1);
		limit.doFilter(get("/families/x/demands"), response, (request, r) -> {
			r.getWriter().write("<p>demand</p>".repeat(r.getBufferSize()));
			freeWhileRendering.set(limit.free());
		});
		assertThat(freeWhileRendering).hasValue(0);
		assertThat(limit.free()).isEqualTo(1);
	}

	/**
	 * A response that notes, whenever its stream sends bytes on, how many turns were free
	 * at that moment.
	 */
	private static MockHttpServletResponse sendingTo(List<String> network, ConcurrentRequestLimit limit) {
		return new MockHttpServletResponse() {
			@Override
			public ServletOutputStream getOutputStream() {
				ServletOutputStream buffer = super.getOutputStream();
				return new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						network.add("write: " + limit.free() + " free");
						buffer.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						network.add("write: " + limit.free() + " free");
						buffer.write(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						network.add("flush: " + limit.free() + " free");
						buffer.flush();
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
					}
				};
			}
		};
	}

	@Test
	void staticFilesHealthChecksAndBodiesThatAreNoFormDoNotWait() throws Exception {
		ConcurrentRequestLimit limit = withTheOnlyTurnTaken(Duration.ofSeconds(10));

		MockHttpServletRequest passkey = new MockHttpServletRequest("POST", "/login/webauthn");
		passkey.setContentType("application/json");
		passkey.setContent("{\"id\":\"x\"}".getBytes());
		for (MockHttpServletRequest request : List.of(get("/css/naast.css"), get("/favicon.ico"),
				get("/actuator/health/readiness"), passkey)) {
			AtomicInteger served = new AtomicInteger();
			limit.doFilter(request, new MockHttpServletResponse(), (r, response) -> served.incrementAndGet());
			assertThat(served).as(request.getRequestURI()).hasValue(1);
		}

		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/families/new");
		form.setContentType("application/x-www-form-urlencoded");
		form.setContent("name=x".getBytes());
		MockHttpServletResponse response = new MockHttpServletResponse();
		Thread waiter = start(() -> limit.doFilter(form, response, (r, s) -> this.entered.add("form")));
		await(() -> limit.waiting() == 1);
		assertThat(this.entered).as("a form waits its turn like a page").containsExactly("a");
		letAllGo();
		waiter.join(10_000);
		assertThat(this.entered).containsExactly("a", "form");
	}

	@Test
	void theLimitIsEightPerProcessorUnlessSetAndZeroMeansNone() throws Exception {
		assertThat(new ConcurrentRequestLimit(null, Duration.ofSeconds(1)).limit())
			.isEqualTo(8 * Runtime.getRuntime().availableProcessors());
		assertThat(new ConcurrentRequestLimit(3, Duration.ofSeconds(1)).limit()).isEqualTo(3);

		ConcurrentRequestLimit none = new ConcurrentRequestLimit(0, Duration.ofMillis(100));
		for (int i = 0; i < 3; i++) {
			start(() -> none.doFilter(get("/families"), new MockHttpServletResponse(), this.work));
		}
		await(() -> this.inside.get() == 3);
		assertThat(none.waiting()).isZero();
	}

	private CountDownLatch go(String who) {
		return this.goes.computeIfAbsent(who, key -> new CountDownLatch(this.allGo ? 0 : 1));
	}

	private void letAllGo() {
		this.allGo = true;
		this.goes.values().forEach(CountDownLatch::countDown);
	}

	/** A limit of one turn, taken by request "a" until the test lets it finish. */
	private ConcurrentRequestLimit withTheOnlyTurnTaken(Duration queueTimeout) throws InterruptedException {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, queueTimeout);
		start(() -> limit.doFilter(get("/families", "a"), new MockHttpServletResponse(), this.work));
		await(() -> this.entered.size() == 1);
		return limit;
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static MockHttpServletRequest get(String path, String who) {
		MockHttpServletRequest request = get(path);
		request.addParameter("who", who);
		return request;
	}

	private interface Request {

		void run() throws Exception;

	}

	private Thread start(Request request) {
		Thread thread = new Thread(() -> {
			try {
				request.run();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		thread.start();
		this.threads.add(thread);
		return thread;
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

}
