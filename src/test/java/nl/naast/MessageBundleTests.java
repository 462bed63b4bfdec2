package nl.naast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in Dutch and in English, and every text a template asks for exists.
 */
class MessageBundleTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> dutch = new TreeSet<>(load("messages_nl.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
		assertThat(dutch).as("keys missing in English").isSubsetOf(english);
		assertThat(english).as("keys missing in Dutch").isSubsetOf(dutch);
	}

	@Test
	void everyLiteralKeyInTemplatesAndCodeExists() throws IOException {
		Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
		Pattern literal = Pattern.compile("ctx\\.t\\(\"([a-zA-Z0-9.\\-]+)\"\\s*[,)]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
				Matcher m = literal.matcher(Files.readString(file));
				while (m.find()) {
					if (!dutch.contains(m.group(1))) {
						missing.add(m.group(1) + " in " + file.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueShownToPeopleHasText() throws IOException {
		Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
		for (var role : nl.naast.identity.Role.values()) {
			assertThat(dutch).contains("role." + role.name());
		}
		for (var kind : nl.naast.identity.OrganisationKind.values()) {
			assertThat(dutch).contains("organisationKind." + kind.name());
		}
		for (var living : nl.naast.family.LivingSituation.values()) {
			assertThat(dutch).contains("living." + living.name());
		}
		for (var part : nl.naast.access.FilePart.consentableParts()) {
			assertThat(dutch).contains("part." + part.name(), "part." + part.name() + ".hint");
		}
		for (var status : nl.naast.team.MembershipStatus.values()) {
			assertThat(dutch).contains("team.status." + status.name());
		}
		for (var kind : nl.naast.access.RelationshipKind.values()) {
			assertThat(dutch).contains("relationship." + kind.name());
		}
		for (var kind : nl.naast.meetings.MeetingKind.values()) {
			assertThat(dutch).contains("meetings.kind." + kind.name());
		}
		for (var section : nl.naast.meetings.SummarySection.values()) {
			assertThat(dutch).contains("meetings.section." + section.name());
		}
		for (var question : nl.naast.meetings.FeedbackForm.QUESTIONS) {
			assertThat(dutch).contains("meetings.feedback." + question, "meetings.feedback." + question + ".low",
					"meetings.feedback." + question + ".high", "meetings.field." + question);
		}
	}

}
