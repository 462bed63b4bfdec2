package nl.naast.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Whatever a person types as "when": the parser never throws, and what it reads is a
 * sane, ordered period that it reads the same way again.
 *
 * <p>
 * A plain {@code ./mvnw test} replays the seed corpus in
 * {@code src/test/resources/nl/naast/story/StoryDateFuzzTestsInputs/}. To fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=StoryDateFuzzTests -Dsurefire.failIfNoSpecifiedTests=false}
 * (stops after {@code maxDuration}); a finding is written next to the seeds as
 * {@code crash-<sha1>}: fix it and keep it there.
 */
@Tag("fuzz")
class StoryDateFuzzTests {

	@FuzzTest(maxDuration = "60s")
	void anythingTypedIsReadSanelyOrRefused(FuzzedDataProvider data) {
		String typed = data.consumeRemainingAsString();
		Optional<StoryDate> read = StoryDate.parse(typed);
		if (read.isEmpty()) {
			return;
		}
		StoryDate date = read.get();
		if (typed == null || typed.isBlank()) {
			assertThat(date).isEqualTo(StoryDate.UNKNOWN);
			return;
		}
		assertThat(date.typed()).isEqualTo(typed.strip());
		assertThat(date.known()).isTrue();
		assertThat(date.from()).isBeforeOrEqualTo(date.to());
		assertThat(date.from().getYear()).isBetween(1900, 2200);
		assertThat(date.to().getYear()).isBetween(1900, 2200);
		assertThat(date.year()).isEqualTo(date.from().getYear());
		// what was kept reads the same again: a stored date never changes meaning
		assertThat(StoryDate.parse(date.typed())).contains(date);
	}

}
