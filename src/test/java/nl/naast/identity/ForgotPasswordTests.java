package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import nl.naast.identity.EnumerationAndThrottleTests.Answer;
import nl.naast.support.Fixtures;

/**
 * "Forgot password" tells nobody whether an address has an account: the same page, and
 * about the same time even when the mail server is slow (ASVS 6.3.8, goal G7). Shares its
 * application with {@link SessionTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ Fixtures.class, ClockAndSlowMail.class })
class ForgotPasswordTests {

	private static final int TRIES = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClockAndSlowMail.SlowMailServer mailServer;

	@Test
	void knownAndUnknownAddressesGetTheSameAnswerAsFast() throws Exception {
		List<String> known = new ArrayList<>();
		for (int i = 0; i < TRIES; i++) {
			known.add(fixtures.account(Role.PARENT).email());
		}
		List<Long> knownMillis = new ArrayList<>();
		List<Long> unknownMillis = new ArrayList<>();
		Answer reference = null;
		for (int i = 0; i < TRIES; i++) {
			Timed k = timed(post("/password/forgot").with(csrf()).param("email", known.get(i)));
			Timed u = timed(
					post("/password/forgot").with(csrf()).param("email", Fixtures.unique("nobody") + "@naast.test"));
			reference = reference == null ? k.answer() : reference;
			assertThat(k.answer()).isEqualTo(reference);
			assertThat(u.answer()).isEqualTo(reference);
			knownMillis.add(k.millis());
			unknownMillis.add(u.millis());
		}
		assertThat(reference.status()).isEqualTo(200);
		assertThat(reference.body()).contains("notice--success");
		assertThat(Math
			.abs(EnumerationAndThrottleTests.median(knownMillis) - EnumerationAndThrottleTests.median(unknownMillis)))
			.as("median ms known %s, unknown %s", knownMillis, unknownMillis)
			.isLessThan(50);
		// the known addresses did get their link, after the answer
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailServer.received.stream().filter(mail -> known.contains(mail.to())).count() == TRIES);
	}

	private Timed timed(RequestBuilder request) throws Exception {
		RequestBuilder fromSomewhere = EnumerationAndThrottleTests.from(request,
				EnumerationAndThrottleTests.nextAddress());
		long start = System.nanoTime();
		MvcResult result = mvc.perform(fromSomewhere).andReturn();
		return new Timed(Answer.of(result.getResponse()), Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	private record Timed(Answer answer, long millis) {
	}

}
