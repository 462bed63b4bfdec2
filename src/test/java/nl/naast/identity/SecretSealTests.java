package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A sealed secret opens again with the same key only; the same secret sealed twice looks
 * different each time; without a key nothing is sealed.
 */
class SecretSealTests {

	private static SecretSeal seal(String key) {
		return new SecretSeal(new OrganisationSignInProperties(key, null, null, false));
	}

	@Test
	void opensWithItsOwnKeyOnly() {
		SecretSeal seal = seal("een-sleutel-van-minstens-16");
		String sealed = seal.seal("client-geheim");
		assertThat(sealed).doesNotContain("client-geheim");
		assertThat(seal.open(sealed)).isEqualTo("client-geheim");
		assertThat(seal.seal("client-geheim")).isNotEqualTo(sealed);
		assertThatThrownBy(() -> seal("een-andere-sleutel-dan-dat").open(sealed)).isInstanceOf(RuntimeException.class);
		// one changed character of the sealed text is noticed (authenticated encryption)
		String tampered = sealed.substring(0, sealed.length() - 1) + (sealed.endsWith("0") ? "1" : "0");
		assertThatThrownBy(() -> seal.open(tampered)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void withoutAKeyNothingIsSealed() {
		SecretSeal seal = seal(null);
		assertThat(seal.available()).isFalse();
		assertThatThrownBy(() -> seal.seal("client-geheim")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> seal("te-kort")).isInstanceOf(IllegalArgumentException.class);
	}

}
