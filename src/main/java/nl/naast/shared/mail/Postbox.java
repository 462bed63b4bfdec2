package nl.naast.shared.mail;

/**
 * Sends e-mail. Delivery waits until the surrounding transaction has committed, so nobody
 * gets a link to something that was rolled back.
 */
public interface Postbox {

	void send(Mail mail);

}
