package nl.naast.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * The limit on requests at once on a real server, with one turn: a request waits for it
 * and is then served, a request that waits too long gets the busy page, and a slow form
 * or a download read slowly takes nobody's turn.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "naast.web.concurrent-requests=1", "naast.web.queue-timeout=1s" })
@ActiveProfiles("test")
class ConcurrentRequestLimitServerTests {

	static final String HOLD = "/test-hold";

	/** Lets a held request go; a new one for each test. */
	static volatile CountDownLatch release = new CountDownLatch(0);

	static volatile CountDownLatch held = new CountDownLatch(1);

	static final String DOWNLOAD = "/test-download";

	/** Larger than what the sockets of both sides can hold. */
	static final int DOWNLOAD_SIZE = 32 * 1024 * 1024;

	static volatile CountDownLatch downloading = new CountDownLatch(1);

	/**
	 * Only in this test's application: a request that keeps its turn until the test lets
	 * it go, as a slow page would.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Hold {

		@Bean
		FilterRegistrationBean<Filter> holdingFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				if (HOLD.equals(((HttpServletRequest) request).getRequestURI())) {
					held.countDown();
					try {
						release.await(20, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					((HttpServletResponse) response).setStatus(204);
					return;
				}
				if (DOWNLOAD.equals(((HttpServletRequest) request).getRequestURI())) {
					// as a download is sent: its body made, then written and flushed
					byte[] body = new byte[DOWNLOAD_SIZE];
					response.setContentType("application/pdf");
					response.setContentLength(body.length);
					downloading.countDown();
					response.getOutputStream().write(body);
					response.getOutputStream().flush();
					return;
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(ConcurrentRequestLimit.ORDER + 1);
			return registration;
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ConcurrentRequestLimit limit;

	private final HttpClient client = HttpClient.newHttpClient();

	@AfterEach
	void letGo() {
		release.countDown();
	}

	@Test
	void aRequestWaitsForTheTurnAndIsServedWhenItIsFree() throws Exception {
		CompletableFuture<HttpResponse<Void>> holder = holdTheOnlyTurn();
		CompletableFuture<HttpResponse<String>> login = this.client.sendAsync(get("/login"),
				HttpResponse.BodyHandlers.ofString());
		awaitWaiting(1);
		assertThat(login).isNotDone();

		release.countDown();
		assertThat(holder.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
		HttpResponse<String> page = login.get(10, TimeUnit.SECONDS);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"username\"");
	}

	@Test
	void aRequestThatWaitedTooLongGetsTheBusyPageInItsLanguage() throws Exception {
		holdTheOnlyTurn();
		for (String language : new String[] { "nl", "en" }) {
			HttpResponse<String> page = this.client.send(
					HttpRequest.newBuilder(uri("/login")).header("Cookie", "naast-lang=" + language).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(page.body()).contains(language.equals("nl") ? "Het is nu erg druk" : "It is very busy right now")
				.doesNotContainIgnoringCase("exception");
		}
	}

	@Test
	void staticFilesAndHealthChecksDoNotWait() throws Exception {
		holdTheOnlyTurn();
		assertThat(this.client.send(get("/css/naast.css"), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(200);
		HttpResponse<String> liveness = this.client.send(get("/actuator/health/liveness"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("UP");
	}

	@Test
	void aFormStillArrivingTakesNobodysTurn() throws Exception {
		String start = "username=someone%40naast.test&password=";
		try (Socket slow = new Socket("127.0.0.1", this.port)) {
			OutputStream out = slow.getOutputStream();
			out.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (start.length() + 40)
					+ "\r\nConnection: close\r\n\r\n" + start)
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			// the rest of the form is still on its way: a page is served all the same
			HttpResponse<String> page = this.client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			finish(out);
		}
	}

	@Test
	void aDownloadReadSlowlyTakesNobodysTurn() throws Exception {
		downloading = new CountDownLatch(1);
		try (Socket slow = new Socket()) {
			slow.setReceiveBufferSize(4096);
			slow.connect(new InetSocketAddress("127.0.0.1", this.port));
			slow.getOutputStream()
				.write(("GET " + DOWNLOAD + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			slow.getOutputStream().flush();
			assertThat(downloading.await(10, TimeUnit.SECONDS)).as("the download is being sent").isTrue();
			// nothing of it is read: it cannot all be sent, and a page is served all the
			// same, within the second a request may wait
			HttpResponse<String> page = this.client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(slow.getInputStream().read()).as("the download is on its way").isNotNegative();
		}
	}

	private static void finish(OutputStream out) throws IOException {
		out.write("x".repeat(40).getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private CompletableFuture<HttpResponse<Void>> holdTheOnlyTurn() throws InterruptedException {
		release = new CountDownLatch(1);
		held = new CountDownLatch(1);
		CompletableFuture<HttpResponse<Void>> holder = this.client.sendAsync(get(HOLD),
				HttpResponse.BodyHandlers.discarding());
		assertThat(held.await(10, TimeUnit.SECONDS)).as("the turn is held").isTrue();
		return holder;
	}

	private void awaitWaiting(int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.limit.waiting() < count) {
			assertThat(System.nanoTime()).as("a request waits").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
