package nl.naast.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.naast.access.RelationshipKind;

/** The weekly load and where it tips into overload. */
class LoadTests {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	final UUID mother = UUID.randomUUID();

	final LocalDate monday = LocalDate.parse("2026-11-30");

	Demand appointment(LocalDate day, int hour, int minutes) {
		Instant start = day.atTime(hour, 0).atZone(AMSTERDAM).toInstant();
		return demand(DemandKind.APPOINTMENT, start, start.plus(Duration.ofMinutes(minutes)), null);
	}

	Demand demand(DemandKind kind, Instant start, Instant end, LocalDate due) {
		return new Demand(UUID.randomUUID(), "GI", null, mother, "Moeder", "iets", null, null, kind, start, end, false,
				null, due, false, null, DemandStatus.OPEN, null, UUID.randomUUID(), "X", RelationshipKind.COORDINATOR,
				0, Instant.now(), null, null, null, null, null, null);
	}

	List<WeekLoad> load(List<Demand> demands) {
		Map<UUID, String> people = new LinkedHashMap<>();
		people.put(mother, "Moeder");
		return Load.perWeek(demands, people, monday, 2, LoadRules.defaults(), AMSTERDAM);
	}

	@Test
	void sixAppointmentsAreAFullWeekAndSevenAreTooMuch() {
		List<Demand> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(appointment(monday.plusDays(i % 5), 9 + i, 30));
		}
		assertThat(load(six).get(0).overload()).isFalse();
		six.add(appointment(monday.plusDays(4), 16, 30));
		WeekLoad week = load(six).get(0);
		assertThat(week.appointments()).isEqualTo(7);
		assertThat(week.overload()).isTrue();
		assertThat(load(six).get(1).appointments()).isZero();
	}

	@Test
	void twelveHoursIncludingTravelAreTheLimit() {
		// 4 appointments of 2.5 hours + 30 minutes travel = exactly 12 hours: not yet too
		// much
		List<Demand> long4 = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long4.add(appointment(monday.plusDays(i), 9, 150));
		}
		assertThat(load(long4).get(0).time()).isEqualTo(Duration.ofHours(12));
		assertThat(load(long4).get(0).overload()).isFalse();
		long4.add(appointment(monday.plusDays(4), 9, 1));
		assertThat(load(long4).get(0).overload()).isTrue();
	}

	@Test
	void deadlinesCountAsDemandsButNotAsTime() {
		List<Demand> tasks = List.of(demand(DemandKind.TASK, null, null, monday.plusDays(2)),
				demand(DemandKind.TASK, null, null, monday.plusDays(9)));
		assertThat(load(tasks).get(0).deadlines()).isEqualTo(1);
		assertThat(load(tasks).get(0).time()).isZero();
		assertThat(load(tasks).get(1).deadlines()).isEqualTo(1);
	}

	@Test
	void doneAndWithdrawnDemandsWeighNothing() {
		Demand done = appointment(monday, 9, 60);
		Demand withdrawn = appointment(monday, 11, 60);
		List<Demand> demands = List.of(copy(done, DemandStatus.DONE), copy(withdrawn, DemandStatus.WITHDRAWN));
		assertThat(load(demands).get(0).appointments()).isZero();
	}

	static Demand copy(Demand d, DemandStatus status) {
		return new Demand(d.id(), d.askerOrg(), d.askerPerson(), d.askedOfId(), d.askedOfName(), d.what(), d.why(),
				d.consequence(), d.kind(), d.startsAt(), d.endsAt(), d.allDay(), d.place(), d.dueOn(), d.compulsory(),
				d.reference(), status, d.withdrawReason(), d.recordedBy(), d.recordedByName(), d.recordedByKind(),
				d.version(), d.createdAt(), d.topic(), d.polarity(), d.periodFrom(), d.periodTo(), d.meetingId(),
				d.linkedPart());
	}

}
