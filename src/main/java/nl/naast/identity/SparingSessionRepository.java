package nl.naast.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session store that is saved to only when something a node needs has changed.
 * <p>
 * Spring Session moves a session's last access time on at every request, and then saves
 * the session: on PostgreSQL a transaction of its own around the update, two more round
 * trips to the database on every page and every click. Here a session is saved when it is
 * new, when an attribute, its id or its lifetime changed, or when the last access time
 * the store holds is {@code accessPrecision} old; otherwise the save is left out. The
 * store may then think a session up to {@code accessPrecision} older than it is, which
 * the caller allows for (see {@link SharedSessionStore}).
 * <p>
 * This follows Spring Session's default save mode, in which a session's attributes are
 * saved when they are set: an attribute changed in place without being set again is not
 * saved by either.
 */
final class SparingSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<SparingSessionRepository.Tracked<S>> {

	private final FindByIndexNameSessionRepository<S> store;

	private final Duration accessPrecision;

	private SparingSessionRepository(FindByIndexNameSessionRepository<S> store, Duration accessPrecision) {
		this.store = store;
		this.accessPrecision = accessPrecision;
	}

	static <S extends Session> SparingSessionRepository<S> over(FindByIndexNameSessionRepository<S> store,
			Duration accessPrecision) {
		return new SparingSessionRepository<>(store, accessPrecision);
	}

	@Override
	public Tracked<S> createSession() {
		return new Tracked<>(this.store.createSession(), null);
	}

	@Override
	public void save(Tracked<S> session) {
		if (session.needsSaving(this.accessPrecision)) {
			this.store.save(session.session);
			session.saved();
		}
	}

	@Override
	public Tracked<S> findById(String id) {
		S session = this.store.findById(id);
		return (session != null) ? Tracked.stored(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
	}

	@Override
	public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked<S>> found = new LinkedHashMap<>();
		this.store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, Tracked.stored(session)));
		return found;
	}

	/** A session of the store, with what changed since it was last saved. */
	static final class Tracked<S extends Session> implements Session {

		private final S session;

		/** The last access time the store holds; null while the session is new. */
		private Instant storedAccess;

		private boolean changed;

		private Tracked(S session, Instant storedAccess) {
			this.session = session;
			this.storedAccess = storedAccess;
		}

		static <S extends Session> Tracked<S> stored(S session) {
			return new Tracked<>(session, session.getLastAccessedTime());
		}

		boolean needsSaving(Duration accessPrecision) {
			return this.storedAccess == null || this.changed
					|| !this.session.getLastAccessedTime().isBefore(this.storedAccess.plus(accessPrecision));
		}

		void saved() {
			this.storedAccess = this.session.getLastAccessedTime();
			this.changed = false;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
