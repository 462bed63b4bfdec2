/**
 * Identity: accounts, organisations, sign-in, activation and password reset by one-time
 * link, roles. Uses {@code shared} and records sign-in related changes in {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.naast.identity;
