package nl.naast.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of the family with an institution.
 *
 * @param meetsOn the day, also when there is no time yet
 * @param startsAt null when the time is not known yet; then it is not an appointment
 * @param recordedAfter entered after it took place
 * @param cancelledReason set when the meeting was called off
 * @param version of the details (kind, who, when, where)
 */
public record Meeting(UUID id, UUID familyId, MeetingKind kind, String organisation, String people, LocalDate meetsOn,
		Instant startsAt, Instant endsAt, String place, String videoLink, boolean recordedAfter, String cancelledReason,
		int version, Preparation preparation, Guidance guidance, Summary summary, List<Attendee> attendees,
		String createdByName) {

	/**
	 * What the parent wants to bring in, written before the meeting.
	 *
	 * @param wish what they want to happen next
	 */
	public record Preparation(String say, String ask, String worries, String wish, String safe, String byName,
			Instant at, int version) {

		public boolean empty() {
			return say == null && ask == null && worries == null && wish == null && safe == null;
		}

	}

	/**
	 * What the coordinator tells the family to expect, in plain words, and what to bring.
	 */
	public record Guidance(String expect, String bring, String byName, int version) {

		public boolean empty() {
			return expect == null && bring == null;
		}

	}

	/**
	 * The plain summary afterwards.
	 *
	 * @param next what happens next and when, one line each
	 * @param finalAt when it was marked final; before that only its writers see it
	 */
	public record Summary(String said, String decided, String means, String next, boolean nothingAgreed, String byName,
			Instant finalAt, int version) {

		public boolean written() {
			return said != null || decided != null || means != null || next != null;
		}

		public boolean isFinal() {
			return finalAt != null;
		}

		public List<String> nextLines() {
			return next == null ? List.of()
					: Arrays.stream(next.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
		}

		public String section(SummarySection section) {
			return switch (section) {
				case SAID -> said;
				case DECIDED -> decided;
				case MEANS -> means;
				case NEXT -> next;
			};
		}

	}

	/**
	 * Someone who goes.
	 *
	 * @param companion true for a team member who accompanies the family; false for a
	 * family member
	 */
	public record Attendee(UUID personId, String name, boolean companion) {
	}

	Meeting withRecordedAfter(boolean after) {
		return new Meeting(id, familyId, kind, organisation, people, meetsOn, startsAt, endsAt, place, videoLink, after,
				cancelledReason, version, preparation, guidance, summary, attendees, createdByName);
	}

	public boolean cancelled() {
		return cancelledReason != null;
	}

	public boolean hasTime() {
		return startsAt != null;
	}

	/**
	 * Whether the meeting has begun: from its start, or from its day when it has no time.
	 */
	public boolean begun(Instant now, LocalDate today) {
		return hasTime() ? !startsAt.isAfter(now) : !meetsOn.isAfter(today);
	}

	public List<Attendee> family() {
		return attendees.stream().filter(a -> !a.companion()).toList();
	}

	public List<Attendee> companions() {
		return attendees.stream().filter(Attendee::companion).toList();
	}

	public boolean accompaniedBy(UUID accountId) {
		return companions().stream().anyMatch(a -> a.personId().equals(accountId));
	}

}
