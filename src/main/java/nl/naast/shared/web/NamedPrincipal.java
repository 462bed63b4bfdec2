package nl.naast.shared.web;

/** A signed-in person with the name shown in the page header. */
public interface NamedPrincipal {

	String displayName();

}
