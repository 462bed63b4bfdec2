/**
 * Legal: measures per child with their end dates, hearings and deadlines, reminders
 * before each of them, and contact (omgang) between parents and children, planned and as
 * it went. Every duration comes from configuration with its source, because the law
 * changes. Reminders reach people through notifications; planned contact moments are
 * appointments in what is asked of the family.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "access",
		"family", "demands", "notifications", "retention" })
package nl.naast.legal;
