/**
 * Meetings: standing beside parents at meetings with institutions. Planning (a meeting
 * with a time is also an appointment in what is asked), preparing together, the plain
 * summary, agreements that become plan steps or demands, the parent's own account and
 * corrections, the private steam-off note, "did it help?", and calendar export. Uses
 * access, family, plan and demands.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "access", "audit", "family", "plan", "demands", "identity", "retention" })
package nl.naast.meetings;
