/**
 * My data ("Mijn gegevens"): the family's right of access and of rectification. Collects
 * every module's part of a family's export through
 * {@link nl.naast.shared.privacy.FamilyDataContribution}, hands it out as JSON and as a
 * readable PDF, and keeps the family's requests for correction with the status the
 * coordinator sets. Uses shared, identity, audit, access, family and retention (to be
 * erased with the family).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "access", "family", "retention" })
package nl.naast.privacy;
