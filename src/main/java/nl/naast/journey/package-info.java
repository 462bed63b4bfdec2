/**
 * Journey: setbacks belong to recovery. The journal of unrest, setbacks and
 * breakthroughs, how the family is doing month by month, whether the help helps in the
 * parent's own words, notices to the coordinator and what was done with them, and trends
 * that never reveal a single family. Listens to the plan; reads meeting days.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "access", "audit", "family",
		"identity", "plan", "meetings", "reporting", "retention" })
package nl.naast.journey;
