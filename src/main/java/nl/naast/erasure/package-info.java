/**
 * Erasure requests: a parent asks to erase the family's data ("Verwijder mijn gegevens"),
 * an administrator or a manager of the coordinator's organisation (never the requester)
 * approves or refuses with a reason, and the nightly retention run carries out approved
 * requests through the same code path as expired files. Uses shared, identity, audit,
 * access and retention.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "access", "retention" })
package nl.naast.erasure;
