package nl.naast.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Writes iCalendar (RFC 5545) files: lines end in CRLF, text is escaped, and long lines
 * are folded at 75 bytes. Times are written in UTC, so calendars show them in their own
 * time zone without a time-zone table. Meetings and trainings both write them.
 */
public final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private Ics() {
	}

	/**
	 * One event.
	 *
	 * @param start null for a meeting without a time: then it takes the whole day
	 */
	public record Event(UUID id, LocalDate day, Instant start, Instant end, String summary, String location,
			String description, boolean cancelled) {
	}

	public static String calendar(String name, List<Event> events, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Naast//NL");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		for (Event e : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + e.id() + "@naast");
			line(out, "DTSTAMP:" + UTC.format(now));
			if (e.start() == null) {
				line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
				line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
			}
			else {
				line(out, "DTSTART:" + UTC.format(e.start()));
				line(out, "DTEND:" + UTC.format(e.end()));
			}
			line(out, "SUMMARY:" + escape(e.summary()));
			if (e.location() != null && !e.location().isBlank()) {
				line(out, "LOCATION:" + escape(e.location()));
			}
			if (e.description() != null && !e.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(e.description()));
			}
			line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	public static String escape(String text) {
		// RFC 5545 text holds no control characters but HTAB; line breaks become \n
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]", "")
			.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Folds a content line at 75 bytes without splitting a character in two. */
	private static void line(StringBuilder out, String content) {
		int bytes = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > limit) {
				out.append("\r\n ");
				bytes = 1;
			}
			out.appendCodePoint(cp);
			bytes += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}
