/**
 * Audit: every read and change of family data, recorded append-only in a hash chain (NEN
 * 7513 fields), with a verifier that finds the first broken link. Uses only
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.naast.audit;
