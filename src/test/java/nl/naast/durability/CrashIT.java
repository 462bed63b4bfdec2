package nl.naast.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * Kills the packaged application (SIGKILL) while a coordinator keeps registering families
 * on the embedded H2 database, starts it again, and checks that every family whose
 * registration was confirmed is still there. This guards the {@code WRITE_DELAY=0}
 * setting: without it H2 loses committed transactions on a kill.
 */
class CrashIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FAMILY = Pattern.compile("/families/([0-9a-f-]{36})");

	@Test
	void noConfirmedChangeIsLostWhenTheProcessIsKilled() throws Exception {
		Path workDir = Files.createTempDirectory("naast-crash");
		int port = freePort();
		List<String> confirmed = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			Process app = start(workDir, port);
			try {
				HttpClient client = signedIn(port);
				String token = csrf(client, port, "/families/new");
				AtomicBoolean writing = new AtomicBoolean(true);
				Thread writer = new Thread(() -> {
					int n = 0;
					while (writing.get()) {
						try {
							HttpResponse<String> response = client.send(
									post(port, "/families/new", Map.of("_csrf", token, "name", "Gezin Crash " + n++,
											"carers[0].name", "Ouder", "action", "save")),
									HttpResponse.BodyHandlers.ofString());
							String location = response.headers().firstValue("Location").orElse("");
							Matcher m = FAMILY.matcher(location);
							if (response.statusCode() == 302 && m.find()) {
								synchronized (confirmed) {
									confirmed.add(m.group(1));
								}
							}
						}
						catch (IOException | InterruptedException e) {
							return; // the process died mid-request: that write was never
									// confirmed
						}
					}
				});
				writer.start();
				int before = confirmed.size();
				await().atMost(Duration.ofSeconds(60)).until(() -> {
					synchronized (confirmed) {
						return confirmed.size() >= before + 40;
					}
				});
				app.destroyForcibly().waitFor();
				writing.set(false);
				writer.join(10_000);
			}
			finally {
				app.destroyForcibly();
			}
		}
		Process app = start(workDir, port);
		try {
			HttpClient client = signedIn(port);
			List<String> lost = new ArrayList<>();
			for (String id : confirmed) {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/families/" + id)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					lost.add(id);
				}
			}
			assertThat(confirmed).hasSizeGreaterThanOrEqualTo(80);
			assertThat(lost).as("confirmed families lost after kill -9").isEmpty();
		}
		finally {
			app.destroyForcibly().waitFor();
		}
	}

	private static Process start(Path workDir, int port) throws Exception {
		String jar = System.getProperty("naast.jar", "target/naast.jar");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", Path.of(jar).toAbsolutePath().toString(), "--server.port=" + port,
				"--spring.profiles.active=demo", "--logging.level.root=WARN")
			.directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("app.log").toFile())
			.start();
		HttpClient probe = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(deadline)) {
			try {
				if (probe
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("Naast did not start: " + Files.readString(workDir.resolve("app.log")));
			}
			await().pollDelay(Duration.ofMillis(200)).until(() -> true);
		}
		throw new IllegalStateException("Naast did not start in time");
	}

	private static HttpClient signedIn(int port) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String token = csrf(client, port, "/login");
		HttpResponse<String> response = client.send(
				post(port, "/login",
						Map.of("_csrf", token, "username", "coordinator@naast.test", "password", "naast-demo")),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/");
		return client;
	}

	private static String csrf(HttpClient client, int port, String path) throws Exception {
		String page = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("CSRF token on " + path).isTrue();
		return m.group(1);
	}

	private static HttpRequest post(int port, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
