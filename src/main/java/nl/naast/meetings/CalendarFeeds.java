package nl.naast.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.shared.Ics;
import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.family.FamilyDirectory;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.Role;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Hashing;
import nl.naast.shared.Ids;
import nl.naast.shared.Tokens;
import nl.naast.shared.Utc;

/**
 * A coordinator's personal calendar feed: a secret address their calendar app reads. A
 * calendar app keeps data at a third party, so the feed holds only times, places and a
 * short name of the family (its initials), never what a meeting is about. Only the hash
 * of the secret is stored; renewing makes a new address and ends the old one.
 */
@Service
public class CalendarFeeds {

	/** How far back and ahead the feed reaches. */
	static final int DAYS_BACK = 30;

	static final int DAYS_AHEAD = 365;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final FamilyAccess access;

	private final FamilyDirectory directory;

	private final MeetingRepository meetings;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Accounts accounts, FamilyAccess access, FamilyDirectory directory,
			MeetingRepository meetings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.access = access;
		this.directory = directory;
		this.meetings = meetings;
		this.clock = clock;
	}

	/** Since when the current person's feed works, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Instant> activeSince() {
		return jdbc.sql("SELECT MAX(created_at) FROM calendar_feed WHERE account_id = ? AND revoked_at IS NULL")
			.param(coordinator())
			.query(java.time.OffsetDateTime.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(java.time.OffsetDateTime::toInstant);
	}

	/**
	 * Makes a new secret address for the current coordinator, ending any earlier one.
	 * @return the secret, shown once
	 */
	@Transactional
	public String renew() {
		UUID account = coordinator();
		revoke(account);
		String token = Tokens.next();
		jdbc.sql("INSERT INTO calendar_feed (id, account_id, token_hash, created_at) VALUES (?, ?, ?, ?)")
			.params(Ids.next(), account, Hashing.sha256Hex(token), Utc.of(clock.instant()))
			.update();
		return token;
	}

	/** Ends the current coordinator's feed: calendar apps get nothing from it anymore. */
	@Transactional
	public void revoke() {
		revoke(coordinator());
	}

	private void revoke(UUID account) {
		jdbc.sql("UPDATE calendar_feed SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
			.params(Utc.of(clock.instant()), account)
			.update();
	}

	/**
	 * The calendar behind a secret, read as its owner: only families they may still see
	 * meetings of, each recorded as listed. Empty for an unknown or ended secret, or an
	 * account that is no longer an active coordinator.
	 */
	@Transactional
	public Optional<String> feed(String token) {
		if (token == null || token.length() < 20) {
			return Optional.empty();
		}
		Optional<UUID> owner = jdbc
			.sql("SELECT account_id FROM calendar_feed WHERE token_hash = ? AND revoked_at IS NULL")
			.param(Hashing.sha256Hex(token))
			.query(UUID.class)
			.optional()
			.filter(id -> accounts.find(id)
				.filter(a -> a.enabled() && a.role() == Role.COORDINATOR)
				.map(AccountSummary::enabled)
				.orElse(false));
		return owner.map(id -> accounts.actingAs(id, this::ownCalendar));
	}

	private String ownCalendar() {
		LocalDate today = DisplayTime.today(clock);
		List<UUID> families = access.familiesOfCurrentUser()
			.stream()
			.filter(f -> access.may(f, FilePart.MEETINGS, AuditAction.LIST))
			.toList();
		List<Meeting> found = meetings.between(families, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD))
			.stream()
			.filter(m -> !m.cancelled())
			.toList();
		List<UUID> shown = found.stream().map(Meeting::familyId).distinct().toList();
		access.recordListed(shown, "family.meetings.calendar-feed");
		java.util.Map<UUID, String> shortNames = shown.stream()
			.collect(Collectors.toMap(f -> f, f -> shortName(directory.name(f))));
		List<Ics.Event> events = found.stream()
			.map(m -> new Ics.Event(m.id(), m.meetsOn(), m.startsAt(), m.endsAt(),
					"Naast · " + shortNames.get(m.familyId()),
					m.place() != null ? m.place() : m.videoLink() != null ? "Video" : null, null, false))
			.toList();
		return Ics.calendar("Naast", events, clock.instant());
	}

	/**
	 * "Gezin El Amrani" becomes "fam. E.A.": enough for its coordinator, too little for
	 * anyone else.
	 */
	static String shortName(String familyName) {
		String initials = Arrays.stream(familyName.strip().split("\\s+"))
			.filter(w -> !List.of("gezin", "familie", "family", "fam.", "fam").contains(w.toLowerCase(Locale.ROOT)))
			.filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0)))
			.map(w -> new String(Character.toChars(Character.toUpperCase(w.codePointAt(0)))) + ".")
			.collect(Collectors.joining());
		return "fam. " + (initials.isEmpty() ? "?" : initials);
	}

	private UUID coordinator() {
		var user = accounts.current();
		if (user.role() != Role.COORDINATOR) {
			throw new nl.naast.shared.NotFoundException("Calendar feeds are for coordinators");
		}
		return user.accountId();
	}

}
