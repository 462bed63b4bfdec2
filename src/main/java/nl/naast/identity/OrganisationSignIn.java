package nl.naast.identity;

import java.util.List;
import java.util.UUID;

/**
 * How an organisation's professionals sign in through its own identity provider (OpenID
 * Connect). The client secret is never part of this: it is sealed in the database.
 *
 * @param emailDomains an account is linked on its first sign-in only when its address
 * ends in one of these
 * @param secondStepAtProvider the administrator confirmed that the provider itself asks
 * for a second factor, so Naast does not ask again
 * @param addressesKeptByProvider the administrator confirmed that the organisation keeps
 * its people's addresses (nobody sets their own there), so an address the provider does
 * not mark as verified may still link an account; otherwise it must be marked verified
 */
public record OrganisationSignIn(UUID organisationId, String organisationName, String issuerUri, String clientId,
		List<String> emailDomains, boolean secondStepAtProvider, boolean addressesKeptByProvider, boolean enabled,
		int version) {

	/** The organisation a person can choose on the sign-in page. */
	public record Choice(UUID organisationId, String organisationName) {
	}

	/** What an administrator sets. */
	public record Settings(String issuerUri, String clientId, List<String> emailDomains, boolean secondStepAtProvider,
			boolean addressesKeptByProvider, boolean enabled) {
	}

}
