/**
 * Story: the family's own story beside the file. A timeline across the domains of life,
 * strengths beside stressors, and two voices: the family answers, completes and corrects
 * what professionals wrote, never deleting it; and the explanatory analysis made with the
 * family, whose new possibilities become goals of the plan. Uses access, audit, family
 * and plan.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "access", "audit", "family", "plan", "retention" })
package nl.naast.story;
