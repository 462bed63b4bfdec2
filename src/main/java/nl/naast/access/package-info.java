/**
 * Access: who is related to which family and how, and the one policy,
 * {@link nl.naast.access.FamilyAccess}, that every read and change of family data passes.
 * Uses identity and audit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "retention" })
package nl.naast.access;
