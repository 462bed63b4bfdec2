/**
 * Demo: fictional families and one account per role, created on the first start of the
 * demo profile only. Uses the public API of identity, access and family, like any person
 * would.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "family", "access",
		"team", "plan", "demands", "meetings", "story", "journey", "reflection", "signals", "legal", "trainings" })
package nl.naast.demo;
