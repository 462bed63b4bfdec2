package nl.naast.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Keeps attachment files in a folder outside the web root, each under its random id; the
 * original name lives only in the database. Nothing here is reachable but through
 * {@link Stories}, which asks the access policy first.
 */
@Component
class AttachmentStore {

	private final Path folder;

	AttachmentStore(StoryProperties properties) {
		this.folder = properties.attachments().toAbsolutePath().normalize();
	}

	void save(UUID id, byte[] content) {
		try {
			Files.createDirectories(folder);
			Files.write(folder.resolve(id.toString()), content, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not keep attachment " + id, e);
		}
	}

	byte[] read(UUID id) {
		try {
			return Files.readAllBytes(folder.resolve(id.toString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Attachment " + id + " is missing", e);
		}
	}

	void delete(UUID id) {
		try {
			Files.deleteIfExists(folder.resolve(id.toString()));
		}
		catch (IOException e) {
			// an orphan file is harmless; it is unreachable without its database row
		}
	}

}
