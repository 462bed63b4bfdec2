/**
 * Emergency: the emergency procedure's pages (noodprocedure, "break the glass"). A team
 * manager finds a family by name, opens its file read-only for a limited time with a
 * written reason and their password, the family and the coordinator are told, and another
 * manager or an administrator reviews every use afterwards. The access decision itself is
 * {@link nl.naast.access.EmergencyAccess}. Uses identity, audit, access, family and
 * notifications.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "access", "family", "notifications" })
package nl.naast.emergency;
