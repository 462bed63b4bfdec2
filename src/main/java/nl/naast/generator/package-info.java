/**
 * Generator: fills the database with fictional families at national scale for load tests
 * ({@code java -jar naast.jar generate --families N}). It writes the other modules'
 * tables directly with batched SQL, because going through their services (one audit
 * record, one transaction and several reads per change) would take hours for a hundred
 * thousand families. It follows the rules those services enforce: a coordinator per
 * family, a parent admitted to it, team members the family let in with consent per part,
 * and audit records that continue the hash chain with the audit module's own hashing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "access", "identity",
		"family", "story", "demands", "plan", "meetings", "legal", "team" })
package nl.naast.generator;
