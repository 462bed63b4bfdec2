package nl.naast.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * A meeting's details as typed. Every field is a string, so that whatever was typed comes
 * back when something is wrong.
 *
 * @param family ids of the family members who go
 * @param companions account ids of the team members who accompany them
 */
public record MeetingForm(String kind, String organisation, String people, String date, String startTime,
		String endTime, String place, String videoLink, List<String> family, List<String> companions, String version) {

	/**
	 * A meeting without an end time takes this long, for clash detection and calendars.
	 */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

	public MeetingForm {
		kind = nz(kind);
		organisation = nz(organisation);
		people = nz(people);
		date = nz(date);
		startTime = nz(startTime);
		endTime = nz(endTime);
		place = nz(place);
		videoLink = nz(videoLink);
		family = family == null ? List.of() : List.copyOf(family);
		companions = companions == null ? List.of() : List.copyOf(companions);
		version = nz(version);
	}

	public static MeetingForm blank() {
		return new MeetingForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The form filled with what the meeting says now, for changing it. */
	public static MeetingForm of(Meeting m, ZoneId zone) {
		return new MeetingForm(m.kind().name(), m.organisation(), m.people(), m.meetsOn().toString(),
				m.startsAt() == null ? "" : m.startsAt().atZone(zone).toLocalTime().toString(),
				m.endsAt() == null ? "" : m.endsAt().atZone(zone).toLocalTime().toString(), m.place(), m.videoLink(),
				m.family().stream().map(a -> a.personId().toString()).toList(),
				m.companions().stream().map(a -> a.personId().toString()).toList(), Integer.toString(m.version()));
	}

	public boolean goes(Object personId) {
		return family.contains(personId.toString());
	}

	public boolean accompanies(Object accountId) {
		return companions.contains(accountId.toString());
	}

	Optional<MeetingKind> chosenKind() {
		return Arrays.stream(MeetingKind.values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	int versionNumber() {
		try {
			return Integer.parseInt(version);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	/**
	 * When the meeting is, checked.
	 *
	 * @param recordedAfter it lies in the past: entered after the fact
	 */
	record When(LocalDate day, Instant start, Instant end, boolean recordedAfter) {
	}

	/** Checks what was typed; a meeting in the past may be entered after the fact. */
	Optional<When> check(FormErrors errors, LocalDate today, Instant now, ZoneId zone) {
		if (chosenKind().isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		TextInput.check(errors, "organisation", organisation, true, 200);
		TextInput.check(errors, "people", people, false, 200);
		Optional<LocalDate> day = DateInput.anyDate(errors, "date", date);
		if (date.isBlank()) {
			errors.add("date", "validation.required");
		}
		Optional<LocalTime> from = TextInput.time(errors, "startTime", startTime, false);
		Optional<LocalTime> until = TextInput.time(errors, "endTime", endTime, false);
		if (startTime.isBlank() && !endTime.isBlank()) {
			errors.add("startTime", "meetings.validation.startWithEnd");
		}
		if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
			errors.add("endTime", "meetings.validation.endBeforeStart");
		}
		TextInput.check(errors, "place", place, false, 300);
		if (!videoLink.isBlank()) {
			String link = videoLink.strip();
			if (link.length() > 500) {
				errors.add("videoLink", "validation.tooLong", 500);
			}
			else if (!link.startsWith("https://") || link.length() < 12
					|| link.chars().anyMatch(Character::isWhitespace)) {
				errors.add("videoLink", "meetings.validation.videoLink");
			}
		}
		if (family.isEmpty()) {
			errors.add("family", "meetings.validation.family");
		}
		if (!errors.isEmpty() || day.isEmpty()) {
			return Optional.empty();
		}
		Instant start = from.map(t -> day.get().atTime(t).atZone(zone).toInstant()).orElse(null);
		Instant end = start == null ? null
				: until.map(t -> day.get().atTime(t).atZone(zone).toInstant()).orElse(start.plus(DEFAULT_LENGTH));
		boolean past = start != null ? start.isBefore(now) : day.get().isBefore(today);
		return Optional.of(new When(day.get(), start, end, past));
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
