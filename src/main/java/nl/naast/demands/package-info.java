/**
 * Demands: every appointment, task, condition and expectation placed on the family, who
 * asks it and how binding it is; the load per week, clashing appointments, and the
 * family's own voice on each demand. Uses access, audit and family.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "access", "audit", "family", "reporting", "retention" })
package nl.naast.demands;
