package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Password rules: length and common or personal passwords, never character classes (ASVS
 * 6.2.1, 6.2.4, 6.2.9, 6.2.12).
 */
class PasswordPolicyTests {

	private static final String EMAIL = "sanne.devries@example.nl";

	private static final String NAME = "Sanne de Vries";

	private static Optional<String> judge(String password) {
		return PasswordPolicy.problem(password, EMAIL, NAME);
	}

	@Test
	void lengthCountsCharactersAsPeopleSeeThem() {
		assertThat(judge("fiets tulp.")).contains("password.tooShort"); // 11
		assertThat(judge("fiets tulp.7")).isEmpty(); // 12
		assertThat(judge("dit is een zin van precies vierenzestig tekens lang, echt waar!!")).isEmpty();
		String max = "mijn fiets staat onder de lamp bij de achterdeur ".repeat(3).substring(0, 128);
		assertThat(max).hasSize(128);
		assertThat(judge(max)).isEmpty();
		assertThat(judge(max + "x")).contains("password.tooLong");
		// twelve emoji are twelve characters (24 UTF-16 units), eleven are too few
		String emoji = "🌷🚲🧀🌧🍎🐈🎈🌻🐟🍓🥕🦆";
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(12);
		assertThat(judge(emoji)).isEmpty();
		assertThat(judge(emoji.substring(0, 22))).contains("password.tooShort");
	}

	@Test
	void anyCharactersAreWelcomeAndNoneAreRequired() {
		assertThat(judge("alleen kleine letters zonder cijfers")).isEmpty();
		assertThat(judge("Ünïcödé is ook goed: ĳsbeer, ça va, 日本語")).isEmpty();
		assertThat(judge("839201746251")).isEmpty();
	}

	@Test
	void theThreeThousandMostCommonPasswordsAreRefusedEvenWithDigitsAdded() throws Exception {
		List<String> common;
		try (var in = new BufferedReader(new InputStreamReader(
				PasswordPolicy.class.getResourceAsStream("/dictionaries/passwords.txt"), StandardCharsets.UTF_8))) {
			common = in.lines().limit(3000).toList();
		}
		assertThat(common).hasSize(3000).contains("password", "qwerty");
		for (String password : common) {
			assertThat(PasswordPolicy.problem(password, null, null)).as(password).isPresent();
			if (password.chars().allMatch(Character::isLetter)) {
				// long enough to pass on length: refused because it is common
				String padded = password + "2024!".repeat(3);
				assertThat(PasswordPolicy.problem(padded, null, null)).as(padded).contains("password.tooCommon");
				assertThat(PasswordPolicy.problem("!!" + password.toUpperCase() + "12345678901", null, null))
					.as(password)
					.contains("password.tooCommon");
			}
		}
	}

	@Test
	void commonDutchPasswordsAreRefused() {
		assertThat(judge("Wachtwoord2024!")).contains("password.tooCommon");
		assertThat(judge("ik hou van jou 123")).contains("password.tooCommon");
		assertThat(judge("Feyenoord1908!!")).contains("password.tooCommon");
		assertThat(judge("aaaaaaaaaaaaaaaa")).contains("password.tooCommon");
	}

	@Test
	void theOwnNameOrAddressIsRefused() {
		assertThat(judge("sanne heeft een rode fiets")).contains("password.personal");
		assertThat(judge("De familie Vries woont hier")).contains("password.personal");
		assertThat(judge("sanne.devries@example.nl")).contains("password.personal");
		assertThat(PasswordPolicy.problem("mijn adres is jan.bakker", "jan.bakker@example.nl", null))
			.contains("password.personal");
		// short name parts ("de", "Jan") would refuse too many good sentences
		assertThat(PasswordPolicy.problem("januari is koud en nat", "jan@example.nl", "Jan de Wit")).isEmpty();
	}

}
