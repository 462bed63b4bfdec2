package nl.naast.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.naast.access.RelationshipKind;

/** Demands on one topic that point opposite ways while they both hold. */
class ContradictionsTests {

	static Demand demand(String topic, Polarity polarity, LocalDate from, LocalDate to) {
		return new Demand(UUID.randomUUID(), "GI", null, UUID.randomUUID(), "Moeder", "iets", null, null,
				DemandKind.CONDITION, null, null, false, null, null, false, null, DemandStatus.OPEN, null,
				UUID.randomUUID(), "X", RelationshipKind.COORDINATOR, 0, Instant.now(), topic, polarity, from, to, null,
				null);
	}

	static LocalDate day(int d) {
		return LocalDate.of(2026, 12, 1).plusDays(d);
	}

	@Test
	void mustAgainstMustNotOnTheSameTopicContradicts() {
		var noContact = demand("Contact met oma", Polarity.MUST_NOT, null, null);
		var bringToSchool = demand("  contact  met OMA ", Polarity.MUST, day(0), day(30));
		assertThat(Contradictions.involved(List.of(noContact, bringToSchool))).hasSize(2);
		assertThat(Contradictions.contradictedBy(bringToSchool, List.of(noContact))).containsExactly(noContact);
	}

	@Test
	void periodsThatDoNotMeetDoNotContradict() {
		var before = demand("verhuizen", Polarity.MUST_NOT, day(0), day(9));
		var after = demand("verhuizen", Polarity.MUST, day(10), day(20));
		assertThat(Contradictions.involved(List.of(before, after))).isEmpty();
		var touching = demand("verhuizen", Polarity.MUST, day(9), day(20));
		assertThat(Contradictions.involved(List.of(before, touching))).hasSize(2);
	}

	@Test
	void theSameDirectionOrAnotherTopicDoesNotContradict() {
		var a = demand("school", Polarity.MUST, null, null);
		var b = demand("school", Polarity.MUST, null, null);
		var c = demand("werk", Polarity.MUST_NOT, null, null);
		assertThat(Contradictions.involved(List.of(a, b, c))).isEmpty();
	}

	@Test
	void withdrawnDemandsNoLongerContradict() {
		var a = demand("school", Polarity.MUST, null, null);
		var b = LoadTests.copy(demand("school", Polarity.MUST_NOT, null, null), DemandStatus.WITHDRAWN);
		assertThat(Contradictions.involved(List.of(a, b))).isEmpty();
	}

	/** The merged-period check flags exactly the demands the every-pair check flags. */
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 7, 11, 2026 })
	void mergedPeriodsAgreeWithTheEveryPairCheck(long seed) {
		System.out.println("ContradictionsTests seed " + seed);
		Random random = new Random(seed);
		List<Demand> demands = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int start = random.nextInt(300);
			demands.add(demand("topic " + random.nextInt(5), random.nextBoolean() ? Polarity.MUST : Polarity.MUST_NOT,
					random.nextInt(10) == 0 ? null : day(start),
					random.nextInt(10) == 0 ? null : day(start + random.nextInt(20))));
		}
		Set<UUID> expected = new HashSet<>();
		for (Demand a : demands) {
			if (!Contradictions.contradictedBy(a, demands).isEmpty()) {
				expected.add(a.id());
			}
		}
		assertThat(expected).isNotEmpty();
		assertThat(Contradictions.involved(demands)).as("seed " + seed).isEqualTo(expected);
	}

}
