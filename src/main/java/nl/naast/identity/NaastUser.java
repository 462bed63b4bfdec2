package nl.naast.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.naast.shared.web.NamedPrincipal;

/** The principal Spring Security keeps in the session. */
final class NaastUser implements UserDetails, NamedPrincipal {

	private final UUID accountId;

	private final String email;

	private final String displayName;

	private final String passwordHash;

	private final Role role;

	private final String organisationName;

	private final boolean enabled;

	NaastUser(UUID accountId, String email, String displayName, String passwordHash, Role role, String organisationName,
			boolean enabled) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.organisationName = organisationName;
		this.enabled = enabled;
	}

	UUID accountId() {
		return accountId;
	}

	Role role() {
		return role;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(accountId, displayName, role, organisationName);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled && passwordHash != null;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	/** Sessions compare principals; the account id identifies the person. */
	@Override
	public boolean equals(Object other) {
		return other instanceof NaastUser user && user.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

	@Override
	public String toString() {
		return "NaastUser[" + accountId + "]";
	}

}
