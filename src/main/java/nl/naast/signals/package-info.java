/**
 * Signals: barriers that families run into because of rules, organisations or systems,
 * recorded by professionals without family details; counted, grouped into themes with the
 * action taken, and exported for policy work by team managers. Uses shared, identity,
 * audit, access, family and reporting.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "access", "family", "reporting", "retention" })
package nl.naast.signals;
