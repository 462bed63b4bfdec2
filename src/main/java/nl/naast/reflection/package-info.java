/**
 * Reflection: doubt as a tool. A private doubt journal for each professional, intervision
 * sessions seen only by their participants, and the team's library of insights. Nothing
 * here is part of a family's file: a link to a family is its author's own note.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "access", "family", "retention" })
package nl.naast.reflection;
