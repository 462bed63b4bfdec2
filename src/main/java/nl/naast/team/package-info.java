/**
 * Team: the temporary team around a family. Administrators divide families among
 * coordinators; coordinators invite professionals with a stated mandate; the family
 * agrees to each member and decides what each may see. Uses access, audit, family and
 * identity.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "access", "audit", "family", "identity", "reporting", "retention" })
package nl.naast.team;
