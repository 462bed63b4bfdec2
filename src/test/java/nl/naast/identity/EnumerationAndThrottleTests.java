package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.naast.support.Fixtures;
import nl.naast.support.NaastTest;

/**
 * Throttling at the configured limits, and no way to tell which accounts exist: the same
 * answer and about the same time for a known account with a wrong password, an unknown
 * address, an invited account without a password and a disabled account; "forgot
 * password" is in {@link ForgotPasswordTests} (ASVS 6.3.1, 6.3.8; goal G7). Every attempt
 * here comes from its own client address unless the address is what is tested.
 */
@NaastTest
class EnumerationAndThrottleTests {

	/** Goal G7: the median gap must stay below this. */
	private static final long MAX_MEDIAN_GAP_MILLIS = 50;

	private static final int TRIES = 30;

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginThrottle.ThrottleProperties limits;

	@Test
	void theLimitsAreWithinTenFailuresPerAccountPerQuarterOfAnHour() {
		assertThat(limits.maxFailuresPerAccount()).isBetween(1, 10);
		assertThat(limits.window()).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAccountWaitsAfterTheConfiguredNumberOfFailuresEvenWithTheRightPassword() throws Exception {
		AccountSummary account = fixtures.account(Role.COORDINATOR);
		String from = nextAddress();
		for (int i = 0; i < limits.maxFailuresPerAccount() - 1; i++) {
			assertThat(signIn(account.email(), "wrong " + i, from)).isEqualTo("/login?error");
		}
		// one below the limit the right password still works, and clears the count
		assertThat(signIn(account.email(), Fixtures.PASSWORD, from)).isEqualTo("/");
		for (int i = 0; i < limits.maxFailuresPerAccount(); i++) {
			assertThat(signIn(account.email(), "wrong " + i, nextAddress())).isEqualTo("/login?error");
		}
		// from any address: the count is per account
		assertThat(signIn(account.email(), Fixtures.PASSWORD, nextAddress())).isEqualTo("/login?throttled");
		assertThat(signIn(fixtures.account(Role.COORDINATOR).email(), Fixtures.PASSWORD, from)).isEqualTo("/");
	}

	@Test
	void anAddressWaitsAfterTheConfiguredNumberOfFailuresAcrossAccounts() throws Exception {
		String from = nextAddress();
		AccountSummary account = fixtures.account(Role.PARENT);
		for (int i = 0; i < limits.maxFailuresPerAddress(); i++) {
			assertThat(signIn(Fixtures.unique("sprayed") + "@naast.test", "Welkom01!", from)).isEqualTo("/login?error");
		}
		assertThat(signIn(account.email(), Fixtures.PASSWORD, from)).isEqualTo("/login?throttled");
		// the same person from elsewhere is not affected
		assertThat(signIn(account.email(), Fixtures.PASSWORD, nextAddress())).isEqualTo("/");
	}

	@Test
	void unknownInvitedDisabledAndKnownAccountsLookTheSameAndTakeAboutAsLong() throws Exception {
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		for (String kind : List.of("known", "invited", "disabled", "unknown")) {
			kinds.put(kind, new ArrayList<>());
		}
		for (int i = 0; i < TRIES; i++) {
			kinds.get("known").add(fixtures.account(Role.PARENT).email());
			kinds.get("invited")
				.add(accounts
					.invite(Fixtures.unique("invited") + "@naast.test", "Nog Geen Wachtwoord", Role.PARTNER, null)
					.email());
			AccountSummary disabled = fixtures.account(Role.PARTNER);
			accounts.setEnabled(disabled.id(), false);
			kinds.get("disabled").add(disabled.email());
			kinds.get("unknown").add(Fixtures.unique("nobody") + "@naast.test");
		}
		// warm up: the first requests pay for loading classes
		for (int i = 0; i < 3; i++) {
			attempt(formLogin("/login").user(Fixtures.unique("warm") + "@naast.test").password("x"));
		}
		Map<String, List<Long>> millis = new LinkedHashMap<>();
		Answer reference = null;
		for (int i = 0; i < TRIES; i++) {
			// interleaved, so a slower moment of the machine hits all kinds alike
			for (var kind : kinds.entrySet()) {
				// the right password for a disabled account: still the same answer
				String password = kind.getKey().equals("disabled") ? Fixtures.PASSWORD : "not the password " + i;
				Timed timed = attempt(formLogin("/login").user(kind.getValue().get(i)).password(password));
				reference = reference == null ? timed.answer() : reference;
				assertThat(timed.answer()).as(kind.getKey()).isEqualTo(reference);
				millis.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(timed.millis());
			}
		}
		assertThat(reference.redirect()).isEqualTo("/login?error");
		long unknown = median(millis.get("unknown"));
		for (String kind : List.of("known", "invited", "disabled")) {
			assertThat(Math.abs(median(millis.get(kind)) - unknown)).as("median ms %s: %s", kind, millis)
				.isLessThan(MAX_MEDIAN_GAP_MILLIS);
		}
		// the timing is meant to hide a password hash: it must really be paid
		assertThat(unknown).as("an unknown address pays for a hash").isGreaterThanOrEqualTo(5);
	}

	private String signIn(String email, String password, String from) throws Exception {
		return mvc.perform(from(formLogin("/login").user(email).password(password), from))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	Timed attempt(RequestBuilder request) throws Exception {
		RequestBuilder fromSomewhere = from(request, nextAddress());
		long start = System.nanoTime();
		MvcResult result = mvc.perform(fromSomewhere).andReturn();
		long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
		return new Timed(Answer.of(result.getResponse()), millis);
	}

	static RequestBuilder from(RequestBuilder request, String address) {
		if (request instanceof MockHttpServletRequestBuilder builder) {
			// keeps its post-processors (the CSRF token)
			return builder.with(built -> {
				built.setRemoteAddr(address);
				return built;
			});
		}
		return context -> {
			MockHttpServletRequest built = request.buildRequest(context);
			built.setRemoteAddr(address);
			return built;
		};
	}

	static String nextAddress() {
		int n = addresses.incrementAndGet();
		return "10.14." + (n / 250) + "." + (n % 250 + 1);
	}

	static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	record Timed(Answer answer, long millis) {
	}

	/** What a client sees, without what differs on every request anyway. */
	record Answer(int status, String redirect, Map<String, List<String>> headers, String body) {

		static Answer of(MockHttpServletResponse response) throws Exception {
			Map<String, List<String>> headers = new TreeMap<>();
			for (String name : response.getHeaderNames()) {
				if (!name.equals("Content-Security-Policy") && !name.equals("Date")) {
					headers.put(name, response.getHeaders(name));
				}
			}
			String body = response.getContentAsString()
				.replaceAll("nonce=\"[^\"]*\"", "nonce")
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "csrf")
				.replaceAll("\"X-CSRF-TOKEN\": \"[^\"]*\"", "csrf");
			return new Answer(response.getStatus(), response.getRedirectedUrl(), headers, body);
		}

	}

}
