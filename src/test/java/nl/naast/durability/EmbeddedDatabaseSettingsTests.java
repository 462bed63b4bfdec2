package nl.naast.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every H2 URL in the configuration keeps committed transactions when the process is
 * killed.
 */
class EmbeddedDatabaseSettingsTests {

	@Test
	void everyH2UrlSetsWriteDelayToZero() throws IOException {
		Pattern h2 = Pattern.compile("jdbc:h2:\\S+");
		int found = 0;
		try (Stream<Path> files = Files.walk(Path.of("src"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				Matcher m = h2.matcher(Files.readString(file));
				while (m.find()) {
					found++;
					assertThat(m.group()).as(file.toString()).contains("WRITE_DELAY=0");
				}
			}
		}
		assertThat(found).isGreaterThanOrEqualTo(2);
	}

}
