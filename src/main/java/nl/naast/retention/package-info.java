/**
 * Retention: how long each kind of record is kept and on what legal ground, a nightly run
 * that erases or anonymises what has expired and reports it, and the one code path that
 * erases a family. Modules holding family data take part through
 * {@link nl.naast.retention.FamilyErasure}; the access and legal modules say which files
 * ended and which are on hold. Uses shared, identity and audit.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit" })
package nl.naast.retention;
