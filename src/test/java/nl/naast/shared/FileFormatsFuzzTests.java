package nl.naast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;

/**
 * What comes into Naast as a file or goes out as one: an uploaded document (the only
 * import: story and legal attachments) is recognised by its bytes and gets a safe name
 * whatever it was called; calendar text can never start a line or property of its own; a
 * typed date is read or explained, never a failure.
 *
 * <p>
 * A plain {@code ./mvnw test} replays the seed corpus in
 * {@code src/test/resources/nl/naast/shared/FileFormatsFuzzTestsInputs/}. To fuzz one
 * target:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='FileFormatsFuzzTests#<method>' -Dsurefire.failIfNoSpecifiedTests=false}
 * (stops after {@code maxDuration}); a finding is written next to the seeds as
 * {@code crash-<sha1>}: fix it and keep it there.
 */
@Tag("fuzz")
class FileFormatsFuzzTests {

	@FuzzTest(maxDuration = "60s")
	void anUploadIsKnownByItsBytesAndNamedSafely(FuzzedDataProvider data) {
		String name = data.consumeString(300);
		byte[] content = data.consumeRemainingAsBytes();
		Optional<String> kind = Documents.kind(content);
		kind.ifPresent(k -> assertThat(k).isIn("application/pdf", "image/png", "image/jpeg"));
		String clean = Documents.cleanName(name, kind.orElse("application/pdf"), "bijlage");
		assertThat(clean).matches("[\\p{L}\\p{N}_-]+\\.(pdf|png|jpg)");
		assertThat(clean.codePointCount(0, clean.length())).isLessThanOrEqualTo(94);
		// no half characters: the name survives a trip through UTF-8 (a download header)
		assertThat(new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(clean);
		assertThat(Documents.cleanName(clean, kind.orElse("application/pdf"), "bijlage")).isEqualTo(clean);
	}

	@FuzzTest(maxDuration = "60s")
	void calendarTextStaysInsideItsOwnProperty(FuzzedDataProvider data) {
		String summary = data.consumeString(200);
		String location = data.consumeString(200);
		String description = data.consumeRemainingAsString();
		String ics = Ics.calendar("Naast",
				List.of(new Ics.Event(UUID.randomUUID(), LocalDate.of(2026, 12, 3),
						Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), summary, location,
						description, false)),
				Instant.EPOCH);
		assertThat(ics).endsWith("\r\n");
		List<String> lines = new ArrayList<>();
		for (String physical : ics.substring(0, ics.length() - 2).split("\r\n", -1)) {
			assertThat(physical).doesNotContain("\r", "\n");
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			// RFC 5545 text holds no control characters but HTAB
			assertThat(physical.chars().filter(c -> Character.isISOControl(c) && c != '\t')).isEmpty();
			if (physical.startsWith(" ")) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
			}
			else {
				lines.add(physical);
			}
		}
		assertThat(lines.stream().filter(l -> l.startsWith("BEGIN:") || l.startsWith("END:"))).hasSize(4);
		assertThat(lines.stream().filter(l -> l.startsWith("SUMMARY:"))).hasSize(1);
		assertThat(lines.stream().filter(l -> l.startsWith("STATUS:"))).containsExactly("STATUS:CONFIRMED");
		String summaryLine = lines.stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
		assertThat(unescape(summaryLine.substring("SUMMARY:".length()))).isEqualTo(asWritten(summary));
	}

	/** How a calendar reads escaped text back. */
	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append(next == 'n' || next == 'N' ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Control characters but line breaks and tabs left out; each line break one LF. */
	private static String asWritten(String text) {
		return text.codePoints()
			.filter(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.replace("\r\n", "\n")
			.replace('\r', '\n');
	}

	@FuzzTest(maxDuration = "60s")
	void aTypedDateIsReadOrExplained(FuzzedDataProvider data) {
		String typed = data.consumeRemainingAsString();
		FormErrors errors = FormErrors.none();
		Optional<LocalDate> date = DateInput.anyDate(errors, "day", typed);
		assertThat(date.isPresent() && errors.has("day")).isFalse();
		date.ifPresent(d -> assertThat(d.getYear()).isBetween(1900, 2200));
		if (typed != null && !typed.isBlank() && date.isEmpty()) {
			assertThat(errors.has("day")).isTrue();
		}
	}

}
