package nl.naast.demands;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import nl.naast.access.RelationshipKind;

/**
 * One thing asked of the family.
 *
 * @param askedOfId the parent, carer or child it is asked of
 * @param consequence what happens if it is not met, as the asker wrote it
 * @param startsAt appointments: when it starts (for all-day ones, the start of the day)
 * @param endsAt appointments: when it ends
 * @param dueOn tasks: the deadline
 * @param reference for compulsory demands: the court order or legal measure
 * @param topic what it is about, in the recorder's words ("contact met oma"), for finding
 * contradictions
 * @param polarity whether it says something must or must not happen on that topic, or
 * null
 * @param periodFrom from when it holds, if said
 * @param periodTo until when it holds, if said
 * @param meetingId the meeting this appointment is, or null; such an appointment changes
 * with its meeting only
 */
public record Demand(UUID id, String askerOrg, String askerPerson, UUID askedOfId, String askedOfName, String what,
		String why, String consequence, DemandKind kind, Instant startsAt, Instant endsAt, boolean allDay, String place,
		LocalDate dueOn, boolean compulsory, String reference, DemandStatus status, String withdrawReason,
		UUID recordedBy, String recordedByName, RelationshipKind recordedByKind, int version, Instant createdAt,
		String topic, Polarity polarity, LocalDate periodFrom, LocalDate periodTo, UUID meetingId,
		nl.naast.access.FilePart linkedPart) {

	public Optional<Appointment> appointment() {
		if (kind != DemandKind.APPOINTMENT || status != DemandStatus.OPEN || startsAt == null || endsAt == null) {
			return Optional.empty();
		}
		return Optional.of(new Appointment(id, askedOfId, startsAt, endsAt, allDay));
	}

	/**
	 * The day this demand falls on, if it has one: an appointment's day or a task's
	 * deadline.
	 */
	public Optional<LocalDate> day(ZoneId zone) {
		if (kind == DemandKind.APPOINTMENT && startsAt != null) {
			return Optional.of(startsAt.atZone(zone).toLocalDate());
		}
		return Optional.ofNullable(kind == DemandKind.TASK ? dueOn : null);
	}

	/**
	 * An appointment that belongs to something else in the file (a meeting, a contact
	 * moment with a child), changed and cancelled with it; {@code meetingId} is then that
	 * thing's id and {@code linkedPart} the part of the file it is in.
	 */
	public boolean linked() {
		return meetingId != null;
	}

	/** An appointment that belongs to a meeting. */
	public boolean fromMeeting() {
		return linked() && linkedPart != nl.naast.access.FilePart.CONTACT;
	}

	/** An appointment that is a contact moment with a child. */
	public boolean fromContact() {
		return linked() && linkedPart == nl.naast.access.FilePart.CONTACT;
	}

	public boolean open() {
		return status == DemandStatus.OPEN;
	}

}
