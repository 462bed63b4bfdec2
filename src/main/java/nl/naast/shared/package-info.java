/**
 * Shared kernel: time, ids, the web layout, message bundles, error pages, mail delivery.
 * Open to every module; depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.naast.shared;
