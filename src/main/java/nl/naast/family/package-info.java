/**
 * Family file: families, their parents and carers, their children and where each child
 * lives now, strengths beside concerns; the overview and "who looked at our file". Every
 * read and change passes {@link nl.naast.access.FamilyAccess}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "access", "audit", "retention" })
package nl.naast.family;
