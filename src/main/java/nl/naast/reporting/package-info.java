/**
 * Reporting: the team managers' overview, from aggregates only. Modules higher up
 * contribute sections through {@link nl.naast.reporting.ReportContribution}; reporting
 * withholds every group of fewer than five, so no figure points at a family. Uses shared,
 * identity and audit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit" })
package nl.naast.reporting;
