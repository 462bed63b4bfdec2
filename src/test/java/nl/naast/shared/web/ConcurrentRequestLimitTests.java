package nl.naast.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The limit on requests at once, on its own: who waits, in which order, and what a
 * request that waited too long is told.
 */
class ConcurrentRequestLimitTests {

	private final List<Thread> threads = new CopyOnWriteArrayList<>();

	private final CountDownLatch finish = new CountDownLatch(1);

	private final List<String> entered = new CopyOnWriteArrayList<>();

	private final AtomicInteger inside = new AtomicInteger();

	private final AtomicInteger mostInside = new AtomicInteger();

	/**
	 * A request's work: counts who is inside, and stays until the test lets it finish.
	 */
	private final FilterChain work = (request, response) -> {
		this.mostInside.accumulateAndGet(this.inside.incrementAndGet(), Math::max);
		this.entered.add(((MockHttpServletRequest) request).getParameter("who"));
		try {
			this.finish.await(10, TimeUnit.SECONDS);
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
		this.finish.countDown();
		for (Thread thread : this.threads) {
			thread.join(10_000);
		}
	}

	@Test
	void atMostTheLimitWorkAtOnceAndTheOthersFollowInOrderOfArrival() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(2, Duration.ofSeconds(10));
		CountDownLatch firstDone = new CountDownLatch(1);
		FilterChain firstFinishesEarly = (request, response) -> {
			this.entered.add("a");
			try {
				firstDone.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		};
		MockHttpServletResponse[] responses = new MockHttpServletResponse[5];
		start(() -> limit.doFilter(get("/families"), responses[0] = new MockHttpServletResponse(), firstFinishesEarly));
		await(() -> this.entered.size() == 1);
		start(() -> limit.doFilter(get("/families", "b"), responses[1] = new MockHttpServletResponse(), this.work));
		await(() -> this.entered.size() == 2);
		// both turns are taken: c, d and e wait, in that order
		String[] waiting = { "c", "d", "e" };
		for (int i = 0; i < waiting.length; i++) {
			int position = i;
			start(() -> limit.doFilter(get("/families", waiting[position]),
					responses[2 + position] = new MockHttpServletResponse(), this.work));
			await(() -> limit.waiting() == position + 1);
		}
		assertThat(this.entered).containsExactly("a", "b");

		firstDone.countDown();
		await(() -> this.entered.size() == 3);
		assertThat(this.entered).as("the longest waiting goes first").containsExactly("a", "b", "c");
		assertThat(limit.waiting()).isEqualTo(2);

		this.finish.countDown();
		await(() -> this.entered.size() == 5 && this.threads.stream().noneMatch(Thread::isAlive));
		assertThat(this.entered).containsExactly("a", "b", "c", "d", "e");
		assertThat(this.mostInside.get()).as("never more than the limit at once").isLessThanOrEqualTo(2);
		for (MockHttpServletResponse response : responses) {
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	@Test
	void aRequestThatWaitedTooLongIsToldNaastIsBusyAndIsNotWorkedOn() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofMillis(300));
		start(() -> limit.doFilter(get("/families", "a"), new MockHttpServletResponse(), this.work));
		await(() -> this.entered.size() == 1);

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
	void staticFilesHealthChecksAndBodiesThatAreNoFormDoNotWait() throws Exception {
		ConcurrentRequestLimit limit = new ConcurrentRequestLimit(1, Duration.ofSeconds(10));
		start(() -> limit.doFilter(get("/families", "a"), new MockHttpServletResponse(), this.work));
		await(() -> this.entered.size() == 1);

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
		this.finish.countDown();
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
