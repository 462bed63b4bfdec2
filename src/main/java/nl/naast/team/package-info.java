/**
 * Team: the people around a family. For now, administrators dividing families among
 * coordinators; invitations, mandates and consent per part follow. Uses access, family
 * and identity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "access", "family", "identity" })
package nl.naast.team;
