package nl.naast.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clash detection at its edges, and against the obvious every-pair check on random data.
 */
class ClashesTests {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final Duration TRAVEL = Duration.ofMinutes(30);

	final UUID mother = UUID.randomUUID();

	static Instant at(String dateTime) {
		return java.time.LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
	}

	Appointment appointment(UUID person, String from, String to) {
		return new Appointment(UUID.randomUUID(), person, at(from), at(to), false);
	}

	Appointment allDay(UUID person, String day) {
		LocalDate date = LocalDate.parse(day);
		return new Appointment(UUID.randomUUID(), person, date.atStartOfDay(AMSTERDAM).toInstant(),
				date.plusDays(1).atStartOfDay(AMSTERDAM).toInstant(), true);
	}

	@Test
	void overlappingAppointmentsClash() {
		var a = appointment(mother, "2026-12-01T09:00", "2026-12-01T10:00");
		var b = appointment(mother, "2026-12-01T09:30", "2026-12-01T10:30");
		assertThat(Clashes.find(new ArrayList<>(List.of(a, b)), TRAVEL)).hasSize(1);
	}

	@Test
	void exactlyEnoughTravelTimeIsNoClash() {
		var a = appointment(mother, "2026-12-01T09:00", "2026-12-01T10:00");
		var b = appointment(mother, "2026-12-01T10:30", "2026-12-01T11:00");
		assertThat(Clashes.find(new ArrayList<>(List.of(a, b)), TRAVEL)).isEmpty();
	}

	@Test
	void tooLittleTravelTimeIsAClash() {
		var a = appointment(mother, "2026-12-01T09:00", "2026-12-01T10:00");
		var b = appointment(mother, "2026-12-01T10:29", "2026-12-01T11:00");
		assertThat(Clashes.find(new ArrayList<>(List.of(a, b)), TRAVEL)).hasSize(1);
	}

	@Test
	void touchingAppointmentsWithoutTravelDoNotClash() {
		var a = appointment(mother, "2026-12-01T09:00", "2026-12-01T10:00");
		var b = appointment(mother, "2026-12-01T10:00", "2026-12-01T11:00");
		assertThat(Clashes.find(new ArrayList<>(List.of(a, b)), Duration.ZERO)).isEmpty();
	}

	@Test
	void anAllDayAppointmentClashesWithEverythingThatDayButNotTheNext() {
		var day = allDay(mother, "2026-12-01");
		var sameDay = appointment(mother, "2026-12-01T15:00", "2026-12-01T16:00");
		var nextMorning = appointment(mother, "2026-12-02T08:30", "2026-12-02T09:00");
		var clashes = Clashes.find(new ArrayList<>(List.of(day, sameDay, nextMorning)), TRAVEL);
		assertThat(Clashes.involved(clashes)).containsExactlyInAnyOrder(day.demandId(), sameDay.demandId());
	}

	@Test
	void anOvernightAppointmentClashesWithTheNextMorning() {
		var night = appointment(mother, "2026-12-01T22:00", "2026-12-02T08:00");
		var morning = appointment(mother, "2026-12-02T08:15", "2026-12-02T09:00");
		assertThat(Clashes.find(new ArrayList<>(List.of(morning, night)), TRAVEL)).hasSize(1);
	}

	@Test
	void differentPeopleNeverClash() {
		var a = appointment(mother, "2026-12-01T09:00", "2026-12-01T10:00");
		var b = appointment(UUID.randomUUID(), "2026-12-01T09:00", "2026-12-01T10:00");
		assertThat(Clashes.find(new ArrayList<>(List.of(a, b)), TRAVEL)).isEmpty();
	}

	@Test
	void aLongAppointmentClashesWithEachOneInsideIt() {
		var whole = appointment(mother, "2026-12-01T09:00", "2026-12-01T17:00");
		var first = appointment(mother, "2026-12-01T10:00", "2026-12-01T10:15");
		var second = appointment(mother, "2026-12-01T14:00", "2026-12-01T14:15");
		var clashes = Clashes.find(new ArrayList<>(List.of(whole, first, second)), TRAVEL);
		assertThat(Clashes.involved(clashes)).containsExactlyInAnyOrder(whole.demandId(), first.demandId(),
				second.demandId());
	}

	/** The sweep flags exactly the appointments that the every-pair check flags. */
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 42, 2026 })
	void sweepAgreesWithTheEveryPairCheck(long seed) {
		Random random = new Random(seed);
		System.out.println("ClashesTests seed " + seed);
		List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		List<Appointment> appointments = new ArrayList<>();
		Instant base = at("2026-12-01T08:00");
		for (int i = 0; i < 300; i++) {
			Instant start = base.plus(Duration.ofMinutes(15L * random.nextInt(2000)));
			appointments.add(new Appointment(UUID.randomUUID(), people.get(random.nextInt(3)), start,
					start.plus(Duration.ofMinutes(15L * (1 + random.nextInt(12)))), false));
		}
		var expected = new java.util.HashSet<UUID>();
		for (Appointment a : appointments) {
			if (Clashes.clashesWithAny(a, appointments, TRAVEL)) {
				expected.add(a.demandId());
			}
		}
		assertThat(Clashes.involved(Clashes.find(new ArrayList<>(appointments), TRAVEL))).isEqualTo(expected);
	}

}
