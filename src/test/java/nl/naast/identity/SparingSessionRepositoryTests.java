package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/**
 * The session store is saved to when a node needs the change, and not on every request
 * that only moved the last access time on.
 */
class SparingSessionRepositoryTests {

	private static final Duration PRECISION = Duration.ofSeconds(30);

	private final CountingStore store = new CountingStore();

	private final SparingSessionRepository<MapSession> sessions = SparingSessionRepository.over(this.store, PRECISION);

	private final Instant signedIn = Instant.parse("2026-12-04T09:00:00Z");

	private String id;

	@BeforeEach
	void aSessionInTheStore() {
		SparingSessionRepository.Tracked<MapSession> session = this.sessions.createSession();
		session.setLastAccessedTime(this.signedIn);
		session.setAttribute("person", "Sanne");
		this.sessions.save(session);
		assertThat(this.store.saves).as("a new session is saved").isEqualTo(1);
		this.id = session.getId();
	}

	@Test
	void aRequestThatOnlyMovesTheLastAccessOnIsNotSaved() {
		request(this.signedIn.plusSeconds(5));
		request(this.signedIn.plusSeconds(29));
		assertThat(this.store.saves).isEqualTo(1);
		assertThat(this.store.stored.get(this.id).getLastAccessedTime()).isEqualTo(this.signedIn);
	}

	@Test
	void theLastAccessIsSavedOnceTheStoredOneIsAsOldAsThePrecision() {
		request(this.signedIn.plusSeconds(30));
		assertThat(this.store.saves).isEqualTo(2);
		assertThat(this.store.stored.get(this.id).getLastAccessedTime()).isEqualTo(this.signedIn.plusSeconds(30));

		request(this.signedIn.plusSeconds(45));
		assertThat(this.store.saves).as("measured from the last save").isEqualTo(2);
		request(this.signedIn.plusSeconds(60));
		assertThat(this.store.saves).isEqualTo(3);
	}

	@Test
	void everyChangeANodeNeedsIsSaved() {
		SparingSessionRepository.Tracked<MapSession> session = this.sessions.findById(this.id);
		session.setLastAccessedTime(this.signedIn.plusSeconds(1));
		session.setAttribute("lastSeen", 1L);
		this.sessions.save(session);
		assertThat(this.store.saves).as("an attribute set").isEqualTo(2);
		assertThat((Long) this.store.stored.get(this.id).getAttribute("lastSeen")).isEqualTo(1L);
		this.sessions.save(session);
		assertThat(this.store.saves).as("saved once, not again when nothing more changed").isEqualTo(2);

		session = this.sessions.findById(this.id);
		session.removeAttribute("lastSeen");
		this.sessions.save(session);
		assertThat(this.store.saves).as("an attribute removed").isEqualTo(3);

		session = this.sessions.findById(this.id);
		session.setMaxInactiveInterval(Duration.ofMinutes(31));
		this.sessions.save(session);
		assertThat(this.store.saves).as("a new lifetime").isEqualTo(4);

		session = this.sessions.findById(this.id);
		String oldId = session.getId();
		String newId = session.changeSessionId();
		this.sessions.save(session);
		assertThat(this.store.saves).as("a new id").isEqualTo(5);
		assertThat(this.store.stored).containsKey(newId).doesNotContainKey(oldId);
	}

	@Test
	void readsAndRemovalsGoToTheStore() {
		assertThat(this.sessions
			.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "Sanne"))
			.containsOnlyKeys(this.id);
		this.sessions.deleteById(this.id);
		assertThat(this.sessions.findById(this.id)).isNull();
	}

	private void request(Instant at) {
		SparingSessionRepository.Tracked<MapSession> session = this.sessions.findById(this.id);
		assertThat((String) session.getAttribute("person")).isEqualTo("Sanne");
		session.setLastAccessedTime(at);
		this.sessions.save(session);
	}

	/**
	 * A store in memory that counts its saves and hands out copies, as a database would.
	 */
	private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		final Map<String, MapSession> stored = new HashMap<>();

		int saves;

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			this.saves++;
			this.stored.remove(session.getOriginalId());
			this.stored.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			MapSession session = this.stored.get(id);
			return (session != null) ? new MapSession(session) : null;
		}

		@Override
		public void deleteById(String id) {
			this.stored.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.stored.entrySet()
				.stream()
				.filter(entry -> indexValue.equals(entry.getValue().getAttribute("person")))
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> new MapSession(entry.getValue())));
		}

	}

}
