package nl.naast.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * The passkeys of the signed-in person. Registering one goes through Spring Security's
 * WebAuthn endpoints; listing and removing through here, always for the person
 * themselves.
 */
@Service
public class Passkeys {

	/**
	 * One passkey as the account page shows it; lastUsed is null until it signed someone
	 * in.
	 */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final Accounts accounts;

	Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, Accounts accounts) {
		this.users = users;
		this.credentials = credentials;
		this.accounts = accounts;
	}

	/** The signed-in person's passkeys, newest first. */
	public List<Passkey> mine() {
		PublicKeyCredentialUserEntity me = users.findByUsername(myEmail());
		if (me == null) {
			return List.of();
		}
		return credentials.findByUserId(me.getId())
			.stream()
			.map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
					usedSinceAdded(c)))
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/**
	 * Removes one of the signed-in person's own passkeys.
	 * @return false when there is no such passkey of theirs
	 */
	public boolean remove(String id) {
		PublicKeyCredentialUserEntity me = users.findByUsername(myEmail());
		if (me == null || id == null || !id.matches("[A-Za-z0-9_-]{1,1000}")) {
			return false;
		}
		Bytes credentialId = Bytes.fromBase64(id);
		CredentialRecord record = credentials.findByCredentialId(credentialId);
		if (record == null || !record.getUserEntityUserId().equals(me.getId())) {
			return false;
		}
		credentials.delete(credentialId);
		return true;
	}

	/**
	 * Spring Security stamps "last used" when a passkey is added; only a later sign-in
	 * counts as use.
	 */
	private static Instant usedSinceAdded(CredentialRecord credential) {
		Instant used = credential.getLastUsed();
		Instant created = credential.getCreated();
		return used == null || created == null || !used.isAfter(created.plusSeconds(1)) ? null : used;
	}

	private String myEmail() {
		return accounts.find(accounts.current().accountId()).orElseThrow().email();
	}

}
