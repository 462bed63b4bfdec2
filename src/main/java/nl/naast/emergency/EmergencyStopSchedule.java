package nl.naast.emergency;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.naast.access.EmergencyAccess;

/**
 * Records the stop of every emergency access whose time is up (DICOM 110138), every
 * minute, on one node at a time. Access itself ends at the expiry whether or not this
 * ran: {@link nl.naast.access.FamilyAccess} compares with the clock on every request.
 */
@Component
class EmergencyStopSchedule {

	private final EmergencyAccess emergencies;

	EmergencyStopSchedule(EmergencyAccess emergencies) {
		this.emergencies = emergencies;
	}

	@Scheduled(fixedDelayString = "${naast.emergency.stop-interval:PT1M}")
	@SchedulerLock(name = "emergency-stops", lockAtMostFor = "PT10M")
	void run() {
		emergencies.recordExpired();
	}

}
