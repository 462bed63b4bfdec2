/**
 * Story: the family's own story beside the file. A timeline across the domains of life,
 * strengths beside stressors, and two voices: the family answers, completes and corrects
 * what professionals wrote, never deleting it. Uses access, audit and family.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "access", "audit", "family" })
package nl.naast.story;
