package nl.naast.shared.mail;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo outbox: the mail Naast would have sent, newest first. Only for administrators.
 */
@Controller
@ConditionalOnProperty(name = "naast.mail.delivery", havingValue = "outbox")
class OutboxController {

	private final JdbcClient jdbc;

	OutboxController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		List<OutboxMail> mails = jdbc
			.sql("SELECT sent_at, recipient, subject, body FROM mail_outbox ORDER BY sent_at DESC LIMIT 50")
			.query((rs, n) -> new OutboxMail(rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
			.list();
		model.addAttribute("mails", mails);
		return "shared/outbox";
	}

}
