/**
 * Plan: goals in the family's own words for tomorrow, half a year and the end goal; steps
 * towards them with an owner and an optional date; adjustments kept as history, never
 * "failed". Uses access and family.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "access", "audit", "family", "retention" })
package nl.naast.plan;
