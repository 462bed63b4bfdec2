package nl.naast.story;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.naast.retention.FamilyErasure;

/**
 * Erases a family's story and analysis, and the attachment files on disk. The files go
 * after the commit: if the erasure rolls back, the rows still point at their files.
 */
@Component
class StoryErasure implements FamilyErasure {

	private static final List<String> TABLES = List.of("analysis_evidence", "analysis_link", "analysis_question",
			"analysis_explanation", "analysis_possibility", "analysis_version", "analysis_factor", "story_tally",
			"story_attachment", "story_response", "story_entry");

	private final JdbcClient jdbc;

	private final AttachmentStore files;

	StoryErasure(JdbcClient jdbc, AttachmentStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public String part() {
		return "story";
	}

	@Override
	public int eraseFamily(UUID familyId) {
		List<UUID> attachments = jdbc.sql("SELECT id FROM story_attachment WHERE family_id = ?")
			.param(familyId)
			.query(UUID.class)
			.list();
		int rows = 0;
		for (String table : TABLES) {
			// table names are the constants above, never input
			rows += jdbc.sql("DELETE FROM " + table + " WHERE family_id = ?").param(familyId).update();
		}
		if (!attachments.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					attachments.forEach(files::delete);
				}
			});
		}
		return rows + attachments.size();
	}

}
