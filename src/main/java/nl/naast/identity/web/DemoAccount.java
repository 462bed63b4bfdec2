package nl.naast.identity.web;

/** A demo account as listed on the sign-in page. */
public record DemoAccount(String email, String roleKey) {
}
