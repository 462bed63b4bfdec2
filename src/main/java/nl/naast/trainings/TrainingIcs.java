package nl.naast.trainings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One date as an iCalendar (RFC 5545) event for the confirmation e-mail: CRLF line ends,
 * escaped text, lines folded at 75 bytes, times in UTC so every calendar shows them in
 * its own zone.
 */
final class TrainingIcs {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private TrainingIcs() {
	}

	static String event(UUID uid, Instant start, Instant end, String summary, String location, String description,
			Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Naast//Trainings//NL");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid + "@naast-trainings");
		line(out, "DTSTAMP:" + UTC.format(now));
		line(out, "DTSTART:" + UTC.format(start));
		line(out, "DTEND:" + UTC.format(end));
		line(out, "SUMMARY:" + escape(summary));
		if (location != null && !location.isBlank()) {
			line(out, "LOCATION:" + escape(location));
		}
		if (description != null && !description.isBlank()) {
			line(out, "DESCRIPTION:" + escape(description));
		}
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Folds a content line at 75 bytes without splitting a character. */
	private static void line(StringBuilder out, String content) {
		int bytes = 0;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + size > 75) {
				out.append("\r\n ");
				bytes = 1;
			}
			out.appendCodePoint(codePoint);
			bytes += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
