package nl.naast.shared.mail;

import java.util.List;

/**
 * A plain-text e-mail to one person, optionally with attachments (e.g. a calendar file).
 */
public record Mail(String to, String subject, String body, List<Attachment> attachments) {

	public Mail {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public Mail(String to, String subject, String body) {
		this(to, subject, body, List.of());
	}

	/** A file sent along, e.g. {@code afspraak.ics} as {@code text/calendar}. */
	public record Attachment(String name, String contentType, byte[] content) {
	}

	/** The body, with the names of the attachments for places that store text only. */
	public String bodyWithAttachmentNames() {
		if (attachments.isEmpty()) {
			return body;
		}
		StringBuilder text = new StringBuilder(body);
		attachments.forEach(a -> text.append("\n\n[bijlage / attachment: ").append(a.name()).append(']'));
		return text.toString();
	}

}
