package nl.naast.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the packaged application (SIGKILL) three times while two coordinators' browsers
 * keep registering and editing families over HTTP, on the embedded H2 database and on
 * PostgreSQL. After each kill: every registration and edit that was confirmed (the
 * redirect came back) is in the database and shown after a restart; every family the test
 * wrote has exactly one audit record of its registration and exactly one per saved edit;
 * no allowed audit record points at a family that is not there; and at the end
 * {@code verify-audit} finds the whole hash chain intact.
 *
 * <p>
 * H2 runs when no PostgreSQL is configured; PostgreSQL runs when
 * {@code NAAST_CRASH_DB_URL} or {@code NAAST_TEST_DB_URL} points at one (as in CI), in a
 * new database of its own that is dropped afterwards.
 */
class CrashIT {

	private static final int KILLS = 3;

	/** Confirmed registrations per round before the kill comes at a random moment. */
	private static final int REGISTRATIONS_PER_ROUND = 25;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FAMILY = Pattern.compile("/families/([0-9a-f-]{36})\\?saved");

	private static final String PREFIX = "Gezin Crash ";

	enum Database {

		H2, POSTGRESQL

	}

	/**
	 * What the test knows of one family it wrote; {@code pending} is an unconfirmed edit.
	 */
	private static final class Known {

		final String id;

		int version;

		String name;

		String pending;

		Known(String id, String name) {
			this.id = id;
			this.name = name;
		}

	}

	@ParameterizedTest
	@EnumSource(Database.class)
	void noConfirmedChangeIsLostAndNoChangeLosesItsAuditRecord(Database database) throws Exception {
		String postgres = firstNonBlank(System.getenv("NAAST_CRASH_DB_URL"), System.getenv("NAAST_TEST_DB_URL"));
		if (database == Database.POSTGRESQL) {
			Assumptions.assumeTrue(postgres != null && postgres.startsWith("jdbc:postgresql:"),
					"no PostgreSQL configured (NAAST_TEST_DB_URL)");
		}
		else {
			// the run on PostgreSQL checks PostgreSQL only; the H2 run is the default
			Assumptions.assumeTrue(postgres == null, "the embedded database is checked in the run without PostgreSQL");
		}
		Path workDir = Files.createTempDirectory("naast-crash");
		Target target = database == Database.H2 ? Target.h2(workDir) : Target.freshPostgres(postgres);
		try {
			run(target, workDir);
		}
		finally {
			target.drop();
		}
	}

	private void run(Target target, Path workDir) throws Exception {
		int port = freePort();
		List<Known> known = new ArrayList<>();
		AtomicInteger counter = new AtomicInteger();
		for (int kill = 1; kill <= KILLS; kill++) {
			Process app = start(workDir, port, target, List.of());
			try {
				HttpClient client = signedIn(port);
				if (!known.isEmpty()) {
					assertShownAfterRestart(client, port, known);
				}
				String token = csrf(client, port, "/families/new");
				AtomicBoolean writing = new AtomicBoolean(true);
				List<Known> round = new ArrayList<>();
				List<String> unexpected = new ArrayList<>();
				List<Thread> writers = new ArrayList<>();
				for (int w = 0; w < 2; w++) {
					Thread writer = new Thread(() -> write(client, port, token, counter, writing, round, unexpected));
					writers.add(writer);
					writer.start();
				}
				int goal = REGISTRATIONS_PER_ROUND + ThreadLocalRandom.current().nextInt(10);
				await().atMost(Duration.ofSeconds(60)).until(() -> {
					synchronized (round) {
						return round.size() >= goal;
					}
				});
				app.destroyForcibly().waitFor(); // SIGKILL, in the middle of writes
				writing.set(false);
				for (Thread writer : writers) {
					writer.join(15_000);
				}
				assertThat(unexpected).as("answers other than a confirmation").isEmpty();
				known.addAll(round);
			}
			finally {
				app.destroyForcibly().waitFor();
			}
			assertConsistent(target, known, kill);
		}
		assertThat(known).hasSizeGreaterThanOrEqualTo(KILLS * REGISTRATIONS_PER_ROUND);
		assertThat(known.stream().filter(k -> k.version > 0).count()).as("confirmed edits").isGreaterThan(10);

		// the restart after the last kill: the chain still holds after all three
		Process verifier = start(workDir, 0, target, List.of("verify-audit"));
		assertThat(verifier.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		String log = Files.readString(workDir.resolve("app.log"));
		assertThat(log).as("verify-audit output").contains("Audit chain intact");
		assertThat(verifier.exitValue()).isZero();
	}

	/**
	 * One coordinator's browser: registers a family, then edits it once or twice, over
	 * and over, until the process dies under it.
	 */
	private static void write(HttpClient client, int port, String token, AtomicInteger counter, AtomicBoolean writing,
			List<Known> confirmed, List<String> unexpected) {
		while (writing.get()) {
			String name = PREFIX + counter.incrementAndGet();
			HttpResponse<String> created;
			try {
				created = client.send(post(port, "/families/new", family(token, name, 0)),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException e) {
				return; // the process died mid-request: never confirmed
			}
			Matcher m = FAMILY.matcher(created.headers().firstValue("Location").orElse(""));
			if (created.statusCode() != 302 || !m.find()) {
				if (writing.get()) {
					synchronized (unexpected) {
						unexpected.add("register " + created.statusCode());
					}
				}
				return;
			}
			Known family = new Known(m.group(1), name);
			synchronized (confirmed) {
				confirmed.add(family);
			}
			int edits = ThreadLocalRandom.current().nextInt(3);
			for (int e = 0; e < edits && writing.get(); e++) {
				String newName = name + " v" + (family.version + 1);
				family.pending = newName;
				HttpResponse<String> edited;
				try {
					edited = client.send(
							post(port, "/families/" + family.id + "/edit", family(token, newName, family.version)),
							HttpResponse.BodyHandlers.ofString());
				}
				catch (IOException | InterruptedException ex) {
					return; // may or may not have been saved; both are allowed
				}
				if (edited.statusCode() != 302
						|| !FAMILY.matcher(edited.headers().firstValue("Location").orElse("")).find()) {
					if (writing.get()) {
						synchronized (unexpected) {
							unexpected.add("edit " + edited.statusCode());
						}
					}
					return;
				}
				family.version++;
				family.name = newName;
				family.pending = null;
			}
		}
	}

	private static Map<String, String> family(String token, String name, int version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", token);
		form.put("name", name);
		form.put("version", String.valueOf(version));
		form.put("carers[0].name", "Ouder");
		form.put("action", "save");
		return form;
	}

	/**
	 * After a restart, the application shows every confirmed family as last confirmed.
	 */
	private static void assertShownAfterRestart(HttpClient client, int port, List<Known> known) throws Exception {
		List<String> lost = new ArrayList<>();
		for (Known family : known) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/families/" + family.id)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || !(response.body().contains(family.name + "<")
					|| family.pending != null && response.body().contains(family.pending + "<"))) {
				lost.add(family.id + " " + family.name + " (" + response.statusCode() + ")");
			}
		}
		assertThat(lost).as("confirmed changes not shown after kill -9 and restart").isEmpty();
	}

	/**
	 * Straight in the database, after a kill: confirmed changes are there, and data and
	 * audit records came or went together.
	 */
	private static void assertConsistent(Target target, List<Known> known, int kill) throws SQLException {
		try (Connection c = target.connect()) {
			Map<String, Object[]> stored = new HashMap<>();
			try (PreparedStatement s = c
				.prepareStatement("SELECT CAST(id AS VARCHAR(36)), name, version FROM family WHERE name LIKE ?")) {
				s.setString(1, PREFIX + "%");
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						stored.put(rs.getString(1), new Object[] { rs.getString(2), rs.getInt(3) });
					}
				}
			}
			List<String> lost = new ArrayList<>();
			for (Known family : known) {
				Object[] row = stored.get(family.id);
				boolean asConfirmed = row != null && row[0].equals(family.name) && (int) row[1] == family.version;
				boolean withPendingEdit = row != null && family.pending != null && row[0].equals(family.pending)
						&& (int) row[1] == family.version + 1;
				if (!asConfirmed && !withPendingEdit) {
					lost.add(family.id + " expected " + family.name + " v" + family.version + " found "
							+ (row == null ? "nothing" : row[0] + " v" + row[1]));
				}
			}
			assertThat(lost).as("confirmed changes lost by kill " + kill).isEmpty();

			Map<String, long[]> audited = new HashMap<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					SELECT CAST(family_id AS VARCHAR(36)),
					  SUM(CASE WHEN action = 'CREATE' THEN 1 ELSE 0 END),
					  SUM(CASE WHEN action = 'UPDATE' THEN 1 ELSE 0 END)
					FROM audit_record WHERE outcome = 'ALLOWED' AND family_id IS NOT NULL
					GROUP BY family_id""")) {
				while (rs.next()) {
					audited.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}
			}
			List<String> unaudited = new ArrayList<>();
			stored.forEach((id, row) -> {
				long[] counts = audited.getOrDefault(id, new long[2]);
				// version counts the saved edits: one audit record each, and one for the
				// registration
				if (counts[0] != 1 || counts[1] != (int) row[1]) {
					unaudited.add(id + " v" + row[1] + ": " + counts[0] + " CREATE, " + counts[1] + " UPDATE records");
				}
			});
			assertThat(unaudited)
				.as("families without exactly their audit records after kill " + kill + ": "
						+ auditRecordsOf(c, unaudited.stream().limit(3).map(u -> u.substring(0, 36)).toList()))
				.isEmpty();

			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					SELECT COUNT(*) FROM audit_record a WHERE a.outcome = 'ALLOWED' AND a.family_id IS NOT NULL
					  AND NOT EXISTS (SELECT 1 FROM family f WHERE f.id = a.family_id)""")) {
				rs.next();
				assertThat(rs.getLong(1)).as("audit records of families that are not there, after kill " + kill)
					.isZero();
			}
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					SELECT COUNT(*), COALESCE(MAX(sequence), 0) FROM audit_record""")) {
				rs.next();
				try (Statement h = c.createStatement();
						ResultSet head = h.executeQuery("SELECT last_sequence FROM audit_chain_head WHERE id = 1")) {
					head.next();
					assertThat(rs.getLong(2)).as("chain head after kill " + kill).isEqualTo(head.getLong(1));
					assertThat(rs.getLong(1)).as("gap-free sequence after kill " + kill).isEqualTo(head.getLong(1));
				}
			}
		}
	}

	/**
	 * The audit records of these families, with the request each came from, so that a
	 * failure tells which path wrote them.
	 */
	private static List<String> auditRecordsOf(Connection c, List<String> familyIds) throws SQLException {
		List<String> records = new ArrayList<>();
		for (String id : familyIds) {
			try (PreparedStatement s = c.prepareStatement("""
					SELECT sequence, occurred_at, resource, action, outcome, request_id FROM audit_record
					WHERE family_id = CAST(? AS UUID) ORDER BY sequence""")) {
				s.setString(1, id);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						records.add(id + " #" + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
								+ rs.getString(4) + " " + rs.getString(5) + " request " + rs.getString(6));
					}
				}
			}
		}
		return records;
	}

	/** Where the application keeps its data in this run. */
	private record Target(String url, String user, String password, String adminUrl, String database) {

		static Target h2(Path workDir) {
			return new Target("jdbc:h2:file:" + workDir.resolve("data/naast").toAbsolutePath()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=256",
					"sa", "", null, null);
		}

		static Target freshPostgres(String testUrl) throws SQLException {
			Matcher m = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(testUrl);
			assertThat(m.matches()).as("PostgreSQL URL " + testUrl).isTrue();
			String database = "naast_crash_" + System.currentTimeMillis();
			String user = firstNonBlank(System.getenv("NAAST_CRASH_DB_USER"), System.getenv("NAAST_TEST_DB_USER"));
			String password = System.getenv()
				.getOrDefault("NAAST_CRASH_DB_PASSWORD", System.getenv().getOrDefault("NAAST_TEST_DB_PASSWORD", ""));
			Target target = new Target(m.group(1) + database + m.group(3), user == null ? "postgres" : user, password,
					m.group(1) + "postgres" + m.group(3), database);
			try (Connection c = DriverManager.getConnection(target.adminUrl, target.user, target.password);
					Statement s = c.createStatement()) {
				s.execute("CREATE DATABASE " + database);
			}
			return target;
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(url, user, password);
		}

		List<String> arguments() {
			return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password);
		}

		void drop() throws SQLException {
			if (database == null) {
				return;
			}
			try (Connection c = DriverManager.getConnection(adminUrl, user, password);
					Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}

	}

	private static Process start(Path workDir, int port, Target target, List<String> extra) throws Exception {
		String jar = System.getProperty("naast.jar", "target/naast.jar");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						Path.of(jar).toAbsolutePath().toString(), "--server.port=" + port,
						"--spring.profiles.active=demo", "--logging.level.root=WARN"));
		command.addAll(target.arguments());
		command.addAll(extra);
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("app.log").toFile())
			.start();
		if (port == 0) {
			return process; // a command, not a server
		}
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
		process.destroyForcibly();
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

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
