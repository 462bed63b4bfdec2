package nl.naast.story;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and how large they may be.
 *
 * @param attachments a folder outside the web root; files get random names there
 * @param maxAttachment the largest file accepted: a scanned letter fits easily
 */
@ConfigurationProperties("naast.story")
public record StoryProperties(Path attachments, DataSize maxAttachment) {

	public StoryProperties {
		attachments = attachments == null ? Path.of("data", "attachments") : attachments;
		maxAttachment = maxAttachment == null ? DataSize.ofMegabytes(5) : maxAttachment;
	}

}
