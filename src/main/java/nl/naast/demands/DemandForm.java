package nl.naast.demands;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * A demand as typed. Every field is a string, so that whatever was typed comes back when
 * something is wrong.
 */
public record DemandForm(String askerOrg, String askerPerson, String askedOf, String what, String why,
		String consequence, String kind, String date, String startTime, String endDate, String endTime, String allDay,
		String place, String dueOn, String compulsory, String reference, String topic, String polarity,
		String periodFrom, String periodTo) {

	public static final int MAX = 1000;

	public DemandForm {
		askerOrg = nz(askerOrg);
		askerPerson = nz(askerPerson);
		askedOf = nz(askedOf);
		what = nz(what);
		why = nz(why);
		consequence = nz(consequence);
		kind = nz(kind);
		date = nz(date);
		startTime = nz(startTime);
		endDate = nz(endDate);
		endTime = nz(endTime);
		allDay = nz(allDay);
		place = nz(place);
		dueOn = nz(dueOn);
		compulsory = nz(compulsory);
		reference = nz(reference);
		topic = nz(topic);
		polarity = nz(polarity);
		periodFrom = nz(periodFrom);
		periodTo = nz(periodTo);
	}

	public static DemandForm blank() {
		return new DemandForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/** The form filled with what a demand says now, for changing it. */
	public static DemandForm of(Demand d, ZoneId zone) {
		String date = "";
		String start = "";
		String endDate = "";
		String end = "";
		if (d.startsAt() != null) {
			var from = d.startsAt().atZone(zone);
			var until = d.endsAt().atZone(zone);
			date = from.toLocalDate().toString();
			if (!d.allDay()) {
				start = from.toLocalTime().toString();
				end = until.toLocalTime().toString();
				endDate = until.toLocalDate().equals(from.toLocalDate()) ? "" : until.toLocalDate().toString();
			}
		}
		return new DemandForm(d.askerOrg(), d.askerPerson(), d.askedOfId().toString(), d.what(), d.why(),
				d.consequence(), d.kind().name(), date, start, endDate, end, d.allDay() ? "true" : "", d.place(),
				d.dueOn() == null ? "" : d.dueOn().toString(), d.compulsory() ? "true" : "", d.reference(), d.topic(),
				d.polarity() == null ? "" : d.polarity().name(),
				d.periodFrom() == null ? "" : d.periodFrom().toString(),
				d.periodTo() == null ? "" : d.periodTo().toString());
	}

	public boolean isAllDay() {
		return "true".equals(allDay);
	}

	public boolean isCompulsory() {
		return "true".equals(compulsory);
	}

	Optional<Polarity> chosenPolarity() {
		return Arrays.stream(Polarity.values()).filter(p -> p.name().equals(polarity)).findFirst();
	}

	Optional<DemandKind> chosenKind() {
		return Arrays.stream(DemandKind.values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	/** Checks the form; for appointments, gives back start and end. */
	Checked check(FormErrors errors, LocalDate today, Instant now, ZoneId zone) {
		TextInput.check(errors, "askerOrg", askerOrg, true, 200);
		TextInput.check(errors, "askerPerson", askerPerson, false, 200);
		TextInput.check(errors, "what", what, true, MAX);
		TextInput.check(errors, "why", why, false, MAX);
		TextInput.check(errors, "consequence", consequence, false, MAX);
		TextInput.check(errors, "place", place, false, 300);
		Optional<DemandKind> chosen = chosenKind();
		if (chosen.isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		Instant start = null;
		Instant end = null;
		LocalDate due = null;
		if (chosen.orElse(null) == DemandKind.APPOINTMENT) {
			Optional<LocalDate> day = DateInput.todayOrLater(errors, "date", date, true, today);
			if (isAllDay()) {
				if (day.isPresent()) {
					start = day.get().atStartOfDay(zone).toInstant();
					end = day.get().plusDays(1).atStartOfDay(zone).toInstant();
				}
			}
			else {
				Optional<LocalTime> from = TextInput.time(errors, "startTime", startTime, true);
				Optional<LocalDate> untilDay = endDate.isBlank() ? day
						: DateInput.todayOrLater(errors, "endDate", endDate, false, today);
				Optional<LocalTime> until = TextInput.time(errors, "endTime", endTime, true);
				if (day.isPresent() && from.isPresent() && untilDay.isPresent() && until.isPresent()) {
					start = day.get().atTime(from.get()).atZone(zone).toInstant();
					end = untilDay.get().atTime(until.get()).atZone(zone).toInstant();
					if (!end.isAfter(start)) {
						errors.add("endTime", "demands.validation.endBeforeStart");
					}
					else if (start.isBefore(now)) {
						errors.add("startTime", "demands.validation.startInPast");
					}
				}
			}
		}
		if (chosen.orElse(null) == DemandKind.TASK) {
			due = DateInput.todayOrLater(errors, "dueOn", dueOn, true, today).orElse(null);
		}
		if (isCompulsory() && reference.isBlank()) {
			errors.add("reference", "demands.validation.reference");
		}
		TextInput.check(errors, "reference", reference, false, 200);
		TextInput.check(errors, "topic", topic, false, 100);
		if (chosenPolarity().isPresent() && topic.isBlank()) {
			errors.add("topic", "demands.validation.topic");
		}
		LocalDate from = DateInput.anyDate(errors, "periodFrom", periodFrom).orElse(null);
		LocalDate to = DateInput.anyDate(errors, "periodTo", periodTo).orElse(null);
		if (from != null && to != null && to.isBefore(from)) {
			errors.add("periodTo", "demands.validation.periodEndsBeforeStart");
		}
		return new Checked(start, end, due, from, to);
	}

	record Checked(Instant start, Instant end, LocalDate due, LocalDate periodFrom, LocalDate periodTo) {
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
