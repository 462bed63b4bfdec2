package nl.naast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Calendar files that calendar apps read without surprises. */
class IcsTests {

	@Test
	void textIsEscapedAndLongLinesAreFoldedWithoutBreakingACharacter() {
		String summary = "Zitting; kinderrechter, Utrecht — " + "é".repeat(60);
		String ics = Ics.calendar("Naast",
				List.of(new Ics.Event(UUID.randomUUID(), LocalDate.of(2026, 12, 3),
						Instant.parse("2026-12-03T12:30:00Z"), Instant.parse("2026-12-03T13:30:00Z"), summary, "Hal 2",
						"regel 1\nregel 2", false)),
				Instant.parse("2026-11-29T10:00:00Z"));
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:Zitting\\; kinderrechter\\, Utrecht — " + "é".repeat(60))
			.contains("DESCRIPTION:regel 1\\nregel 2")
			.contains("DTSTART:20261203T123000Z")
			.contains("DTEND:20261203T133000Z");
	}

	@Test
	void aMeetingWithoutATimeTakesTheWholeDay() {
		String ics = Ics.calendar("Naast", List
			.of(new Ics.Event(UUID.randomUUID(), LocalDate.of(2026, 12, 31), null, null, "Gesprek", null, null, true)),
				Instant.now());
		assertThat(ics).contains("DTSTART;VALUE=DATE:20261231")
			.contains("DTEND;VALUE=DATE:20270101")
			.contains("STATUS:CANCELLED")
			.doesNotContain("LOCATION");
	}

}
