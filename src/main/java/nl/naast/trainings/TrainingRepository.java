package nl.naast.trainings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Utc;

@Repository
class TrainingRepository {

	private static final String SESSION_COLUMNS = "id, slug, title_nl, title_en, summary_nl, summary_en, "
			+ "description_nl, description_en, themes_nl, themes_en, audience, format, duration_minutes, group_min, "
			+ "group_max, language, price_cents, published, version";

	private static final String DATE_COLUMNS = "d.id, d.session_id, d.starts_at, d.ends_at, d.place, d.online_url, "
			+ "d.capacity, d.registration_until, d.version, "
			+ "(SELECT COUNT(*) FROM training_registration r WHERE r.date_id = d.id AND r.status = 'REGISTERED') AS registered, "
			+ "(SELECT COUNT(*) FROM training_registration r WHERE r.date_id = d.id AND r.status = 'WAITING') AS waiting";

	private static final String REGISTRATION_COLUMNS = "id, date_id, name, email, organisation, job_role, needs, "
			+ "status, position, attended, created_at, erased_at";

	private static final String REQUEST_COLUMNS = "id, kind, institution, name, email, organisation, topic, preferred, "
			+ "participants, budget, question, status, notes, version, created_at";

	private final JdbcClient jdbc;

	TrainingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Session> sessions(boolean publishedOnly) {
		return jdbc
			.sql("SELECT " + SESSION_COLUMNS + " FROM training_session"
					+ (publishedOnly ? " WHERE published = TRUE" : "") + " ORDER BY title_nl")
			.query(TrainingRepository::session)
			.list();
	}

	Optional<Session> session(UUID id) {
		return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM training_session WHERE id = ?")
			.param(id)
			.query(TrainingRepository::session)
			.optional();
	}

	Optional<Session> bySlug(String slug) {
		return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM training_session WHERE slug = ?")
			.param(slug)
			.query(TrainingRepository::session)
			.optional();
	}

	boolean slugTaken(String slug, UUID except) {
		return jdbc.sql("SELECT COUNT(*) FROM training_session WHERE slug = ? AND id <> ?")
			.params(slug, except)
			.query(Long.class)
			.single() > 0;
	}

	void insertSession(Session s, Instant now) {
		jdbc.sql("INSERT INTO training_session (" + SESSION_COLUMNS
				+ ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(s.id(), s.slug(), s.titleNl(), s.titleEn(), s.summaryNl(), s.summaryEn(), s.descriptionNl(),
					s.descriptionEn(), s.themesNl(), s.themesEn(), audience(s.audience()), s.format().name(),
					s.durationMinutes(), s.groupMin(), s.groupMax(), s.language(), s.priceCents(), s.published(),
					Utc.of(now), Utc.of(now))
			.update();
	}

	void updateSession(Session s, int version, Instant now) {
		int changed = jdbc.sql("""
				UPDATE training_session SET title_nl = ?, title_en = ?, summary_nl = ?, summary_en = ?,
				  description_nl = ?, description_en = ?, themes_nl = ?, themes_en = ?, audience = ?, format = ?,
				  duration_minutes = ?, group_min = ?, group_max = ?, language = ?, price_cents = ?, published = ?,
				  version = version + 1, updated_at = ?
				WHERE id = ? AND version = ?
				""")
			.params(s.titleNl(), s.titleEn(), s.summaryNl(), s.summaryEn(), s.descriptionNl(), s.descriptionEn(),
					s.themesNl(), s.themesEn(), audience(s.audience()), s.format().name(), s.durationMinutes(),
					s.groupMin(), s.groupMax(), s.language(), s.priceCents(), s.published(), Utc.of(now), s.id(),
					version)
			.update();
		if (changed != 1) {
			throw new ConcurrentEditException("Session " + s.id() + " changed meanwhile");
		}
	}

	List<TrainingDate> dates(UUID sessionId) {
		return jdbc.sql("SELECT " + DATE_COLUMNS + " FROM training_date d WHERE d.session_id = ? ORDER BY d.starts_at")
			.param(sessionId)
			.query(TrainingRepository::date)
			.list();
	}

	/** The first date after {@code now} of each session. */
	List<TrainingDate> upcoming(Instant now) {
		return jdbc.sql("SELECT " + DATE_COLUMNS + " FROM training_date d WHERE d.starts_at > ? ORDER BY d.starts_at")
			.param(Utc.of(now))
			.query(TrainingRepository::date)
			.list();
	}

	Optional<TrainingDate> date(UUID id) {
		return jdbc.sql("SELECT " + DATE_COLUMNS + " FROM training_date d WHERE d.id = ?")
			.param(id)
			.query(TrainingRepository::date)
			.optional();
	}

	/**
	 * Locks the date's row until the transaction ends, so registrations for one date
	 * happen one after another and never exceed its capacity.
	 */
	boolean lock(UUID dateId) {
		return !jdbc.sql("SELECT id FROM training_date WHERE id = ? FOR UPDATE")
			.param(dateId)
			.query(UUID.class)
			.list()
			.isEmpty();
	}

	void insertDate(TrainingDate d, Instant now) {
		jdbc.sql("""
				INSERT INTO training_date (id, session_id, starts_at, ends_at, place, online_url, capacity,
				  registration_until, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(d.id(), d.sessionId(), Utc.of(d.startsAt()), Utc.of(d.endsAt()), d.place(), d.onlineUrl(),
					d.capacity(), d.registrationUntil(), Utc.of(now), Utc.of(now))
			.update();
	}

	void updateDate(TrainingDate d, int version, Instant now) {
		int changed = jdbc.sql("""
				UPDATE training_date SET starts_at = ?, ends_at = ?, place = ?, online_url = ?, capacity = ?,
				  registration_until = ?, version = version + 1, updated_at = ?
				WHERE id = ? AND version = ?
				""")
			.params(Utc.of(d.startsAt()), Utc.of(d.endsAt()), d.place(), d.onlineUrl(), d.capacity(),
					d.registrationUntil(), Utc.of(now), d.id(), version)
			.update();
		if (changed != 1) {
			throw new ConcurrentEditException("Date " + d.id() + " changed meanwhile");
		}
	}

	/** Counts a change to the date's registrations (attendance) against its version. */
	void touchDate(UUID dateId, int version, Instant now) {
		if (jdbc.sql("UPDATE training_date SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
			.params(Utc.of(now), dateId, version)
			.update() != 1) {
			throw new ConcurrentEditException("Date " + dateId + " changed meanwhile");
		}
	}

	int count(UUID dateId, RegistrationStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM training_registration WHERE date_id = ? AND status = ?")
			.params(dateId, status.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * The status of the registration under this address that is not cancelled, if any.
	 */
	Optional<RegistrationStatus> activeWithEmail(UUID dateId, String emailKey) {
		return jdbc
			.sql("SELECT status FROM training_registration WHERE date_id = ? AND email_key = ? "
					+ "AND status <> 'CANCELLED' ORDER BY position LIMIT 1")
			.params(dateId, emailKey)
			.query(String.class)
			.optional()
			.map(RegistrationStatus::valueOf);
	}

	int nextPosition(UUID dateId) {
		return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM training_registration WHERE date_id = ?")
			.param(dateId)
			.query(Integer.class)
			.single();
	}

	void insertRegistration(Registration r, String tokenHash) {
		jdbc.sql("""
				INSERT INTO training_registration (id, date_id, token_hash, name, email, email_key, organisation,
				  job_role, needs, status, position, attended, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)
				""")
			.params(r.id(), r.dateId(), tokenHash, r.name(), r.email(), emailKey(r.email()), r.organisation(), r.role(),
					r.needs(), r.status().name(), r.position(), Utc.of(r.createdAt()), Utc.of(r.createdAt()))
			.update();
	}

	static String emailKey(String email) {
		return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	Optional<Registration> byTokenHash(String tokenHash) {
		return jdbc.sql("SELECT " + REGISTRATION_COLUMNS + " FROM training_registration WHERE token_hash = ?")
			.param(tokenHash)
			.query(TrainingRepository::registration)
			.optional();
	}

	void status(UUID registrationId, RegistrationStatus status, Instant now) {
		jdbc.sql("UPDATE training_registration SET status = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), Utc.of(now), registrationId)
			.update();
	}

	Optional<Registration> firstWaiting(UUID dateId) {
		return jdbc.sql("SELECT " + REGISTRATION_COLUMNS
				+ " FROM training_registration WHERE date_id = ? AND status = 'WAITING' " + "ORDER BY position LIMIT 1")
			.param(dateId)
			.query(TrainingRepository::registration)
			.optional();
	}

	List<Registration> registrations(UUID dateId) {
		return jdbc
			.sql("SELECT " + REGISTRATION_COLUMNS + " FROM training_registration WHERE date_id = ? ORDER BY position")
			.param(dateId)
			.query(TrainingRepository::registration)
			.list();
	}

	void attendance(UUID dateId, Collection<UUID> present, Instant now) {
		jdbc.sql(
				"UPDATE training_registration SET attended = FALSE, updated_at = ? WHERE date_id = ? AND attended = TRUE")
			.params(Utc.of(now), dateId)
			.update();
		for (UUID id : present) {
			jdbc.sql("UPDATE training_registration SET attended = TRUE, updated_at = ? "
					+ "WHERE id = ? AND date_id = ? AND status = 'REGISTERED'")
				.params(Utc.of(now), id, dateId)
				.update();
		}
	}

	long attempts(String addressHash, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM training_attempt WHERE address_hash = ? AND created_at > ?")
			.params(addressHash, Utc.of(since))
			.query(Long.class)
			.single();
	}

	void attempt(String addressHash, Instant now) {
		jdbc.sql("INSERT INTO training_attempt (id, address_hash, created_at) VALUES (?, ?, ?)")
			.params(UUID.randomUUID(), addressHash, Utc.of(now))
			.update();
	}

	void forgetAttempts(Instant before) {
		jdbc.sql("DELETE FROM training_attempt WHERE created_at < ?").param(Utc.of(before)).update();
	}

	void insertRequest(TrainingRequest r) {
		jdbc.sql("INSERT INTO training_request (" + REQUEST_COLUMNS
				+ ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(r.id(), r.kind().name(), r.institution().name(), r.name(), r.email(), r.organisation(), r.topic(),
					r.preferred(), r.participants(), r.budget(), r.question(), r.status().name(), r.notes(),
					Utc.of(r.createdAt()), Utc.of(r.createdAt()))
			.update();
	}

	List<TrainingRequest> requests() {
		return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM training_request ORDER BY created_at DESC, id")
			.query(TrainingRepository::request)
			.list();
	}

	boolean requestExists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM training_request WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	void updateRequest(UUID id, RequestStatus status, String notes, int version, Instant now) {
		if (jdbc
			.sql("UPDATE training_request SET status = ?, notes = ?, version = version + 1, updated_at = ? "
					+ "WHERE id = ? AND version = ?")
			.params(status.name(), notes, Utc.of(now), id, version)
			.update() != 1) {
			throw new ConcurrentEditException("Request " + id + " changed meanwhile");
		}
	}

	/**
	 * Erases the personal details of registrations for dates that ended before
	 * {@code endedBefore}; status, position and attendance stay for the counts.
	 */
	/** Requests that were planned or declined, last changed before a moment, go. */
	int forgetRequests(Instant changedBefore) {
		return jdbc.sql("DELETE FROM training_request WHERE status IN ('PLANNED', 'DECLINED') AND updated_at < ?")
			.param(Utc.of(changedBefore))
			.update();
	}

	int erase(Instant endedBefore, Instant now) {
		return jdbc.sql("""
				UPDATE training_registration SET name = NULL, email = NULL, email_key = NULL, organisation = NULL,
				  job_role = NULL, needs = NULL, erased_at = ?, updated_at = ?
				WHERE erased_at IS NULL AND date_id IN (SELECT id FROM training_date WHERE ends_at < ?)
				""").params(Utc.of(now), Utc.of(now), Utc.of(endedBefore)).update();
	}

	private static String audience(Set<Audience> audience) {
		return audience.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Session session(ResultSet rs, int n) throws SQLException {
		Set<Audience> audience = EnumSet.noneOf(Audience.class);
		Arrays.stream(rs.getString("audience").split(","))
			.filter(a -> !a.isBlank())
			.forEach(a -> audience.add(Audience.valueOf(a)));
		Integer price = rs.getObject("price_cents", Integer.class);
		return new Session(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title_nl"),
				rs.getString("title_en"), rs.getString("summary_nl"), rs.getString("summary_en"),
				rs.getString("description_nl"), rs.getString("description_en"), rs.getString("themes_nl"),
				rs.getString("themes_en"), audience, Format.valueOf(rs.getString("format")),
				rs.getInt("duration_minutes"), rs.getInt("group_min"), rs.getInt("group_max"), rs.getString("language"),
				price, rs.getBoolean("published"), rs.getInt("version"));
	}

	static TrainingDate date(ResultSet rs, int n) throws SQLException {
		return new TrainingDate(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getString("online_url"),
				rs.getInt("capacity"), rs.getObject("registration_until", LocalDate.class), rs.getInt("version"),
				rs.getInt("registered"), rs.getInt("waiting"));
	}

	static Registration registration(ResultSet rs, int n) throws SQLException {
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("date_id", UUID.class),
				rs.getString("name"), rs.getString("email"), rs.getString("organisation"), rs.getString("job_role"),
				rs.getString("needs"), RegistrationStatus.valueOf(rs.getString("status")), rs.getInt("position"),
				rs.getBoolean("attended"), instant(rs, "created_at"), rs.getObject("erased_at") != null);
	}

	static TrainingRequest request(ResultSet rs, int n) throws SQLException {
		Integer participants = rs.getObject("participants", Integer.class);
		return new TrainingRequest(rs.getObject("id", UUID.class), RequestKind.valueOf(rs.getString("kind")),
				Institution.valueOf(rs.getString("institution")), rs.getString("name"), rs.getString("email"),
				rs.getString("organisation"), rs.getString("topic"), rs.getString("preferred"), participants,
				rs.getString("budget"), rs.getString("question"), RequestStatus.valueOf(rs.getString("status")),
				rs.getString("notes"), rs.getInt("version"), instant(rs, "created_at"));
	}

}
