package nl.naast.identity;

/** An e-mail address already belongs to an account with another role. */
public class AccountRoleConflictException extends RuntimeException {

	public AccountRoleConflictException(String message) {
		super(message);
	}

}
