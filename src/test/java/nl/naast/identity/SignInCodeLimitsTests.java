package nl.naast.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import nl.naast.support.Fixtures;
import nl.naast.support.MovableClock;
import nl.naast.support.NaastTest;
import nl.naast.support.SignIn;

/**
 * Limits on e-mailed sign-in codes that new codes do not reset: a failure budget per
 * account, a limit on codes sent, and tries counted before the code is compared.
 */
@NaastTest
@TestPropertySource(properties = { "naast.security.mfa-required-for-professionals=true", "naast.mail.delivery=smtp" })
@Import(SignInCodeLimitsTests.Setup.class)
class SignInCodeLimitsTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInCodes codes;

	@AfterEach
	void resetClock() {
		clock.moveTo(Instant.now());
	}

	@Test
	void newCodesDoNotResetTheFailureBudgetAndAnExhaustedBudgetEndsTheSession() throws Exception {
		AccountSummary coordinator = fixtures.account(Role.COORDINATOR);
		MockHttpSession session = SignIn.as(mvc, coordinator);
		mvc.perform(get("/login/code").session(session)).andReturn();
		String first = codeMailedTo(coordinator.email());
		for (int i = 0; i < 5; i++) {
			typed(session, wrong(first));
		}
		// the spent code is not silently replaced by a fresh one
		assertThat(mvc.perform(get("/login/code").session(session)).andReturn().getResponse().getContentAsString())
			.contains("Deze code werkt niet meer");
		assertThat(mailsTo(coordinator.email())).isZero();

		mvc.perform(post("/login/code/new").session(session).with(csrf())).andReturn();
		String second = codeMailedTo(coordinator.email());
		for (int i = 0; i < 4; i++) {
			assertThat(typed(session, wrong(second))).contains("Deze code klopt niet");
		}
		mvc.perform(post("/login/code/new").session(session).with(csrf())).andReturn();
		String third = codeMailedTo(coordinator.email());
		MvcResult tenth = mvc.perform(post("/login/code").session(session).with(csrf()).param("code", wrong(third)))
			.andReturn();
		assertThat(tenth.getResponse().getRedirectedUrl()).isEqualTo("/login?codeLocked");
		assertThat(session.isInvalid()).as("the session is ended").isTrue();
		assertThat(wrongCodes(coordinator.id())).isEqualTo(10);
		assertThat(mvc.perform(get("/login?codeLocked")).andReturn().getResponse().getContentAsString())
			.contains("Te vaak een verkeerde code");

		// with the password again, even the right code is refused and no code is sent
		MockHttpSession again = SignIn.as(mvc, coordinator);
		MvcResult right = mvc.perform(post("/login/code").session(again).with(csrf()).param("code", third)).andReturn();
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?codeLocked");
		assertThat(again.isInvalid()).isTrue();
		MockHttpSession third2 = SignIn.as(mvc, coordinator);
		assertThat(mvc.perform(get("/login/code").session(third2)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?codeLocked");
		assertThat(mvc.perform(get("/families").session(third2)).andReturn().getResponse().getRedirectedUrl())
			.doesNotContain("/login/code");
		assertThat(mailsTo(coordinator.email())).isZero();

		// after the window the code step works again
		clock.moveTo(clock.instant().plus(Duration.ofHours(25)));
		MockHttpSession later = SignIn.as(mvc, coordinator);
		mvc.perform(get("/login/code").session(later)).andReturn();
		String fresh = codeMailedTo(coordinator.email());
		assertThat(mvc.perform(post("/login/code").session(later).with(csrf()).param("code", fresh))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void atMostThreeCodesAreSentPerQuarterOfAnHour() throws Exception {
		AccountSummary manager = fixtures.account(Role.MANAGER);
		MockHttpSession session = SignIn.as(mvc, manager);
		mvc.perform(get("/login/code").session(session)).andReturn();
		assertThat(mvc.perform(post("/login/code/new").session(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login/code?resent");
		mvc.perform(post("/login/code/new").session(session).with(csrf())).andReturn();
		awaitMails(manager.email(), 3);
		MvcResult fourth = mvc.perform(post("/login/code/new").session(session).with(csrf())).andReturn();
		assertThat(fourth.getResponse().getRedirectedUrl()).isEqualTo("/login/code?limited");
		assertThat(mvc.perform(get("/login/code").param("limited", "").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Er zijn kort na elkaar al veel codes verstuurd");
		Thread.sleep(300);
		assertThat(mailsTo(manager.email())).isEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_code WHERE account_id = ?")
			.param(manager.id())
			.query(Long.class)
			.single()).as("one code per account").isEqualTo(1);

		clock.moveTo(clock.instant().plus(Duration.ofMinutes(16)));
		assertThat(mvc.perform(post("/login/code/new").session(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login/code?resent");
	}

	@Test
	void parallelWrongGuessesNeverPassTheAttemptMaximum() throws Exception {
		AccountSummary admin = fixtures.account(Role.ADMIN);
		assertThat(codes.issue(admin.id(), admin.email(), admin.displayName())).isTrue();
		String wrong = wrong(codeMailedTo(admin.email()));
		int threads = 20;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SignInCodes.Outcome>> results = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				Callable<SignInCodes.Outcome> guess = () -> {
					start.await();
					return codes.use(admin.id(), wrong);
				};
				results.add(pool.submit(guess));
			}
			start.countDown();
			for (Future<SignInCodes.Outcome> result : results) {
				assertThat(result.get()).isNotEqualTo(SignInCodes.Outcome.ACCEPTED);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT attempts FROM sign_in_code WHERE account_id = ?")
			.param(admin.id())
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(wrongCodes(admin.id())).as("only counted tries are compared").isEqualTo(5);
	}

	private long wrongCodes(UUID accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM sign_in_code_event WHERE account_id = ? AND kind = 'WRONG'")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	private static String wrong(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

	private String typed(MockHttpSession session, String code) throws Exception {
		return mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int mailsTo(String email) {
		return smtp.getReceivedMessagesForDomain(email).length;
	}

	private void awaitMails(String email, int count) {
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email) >= count);
	}

	/** The code in the newest mail to this address. */
	private String codeMailedTo(String email) throws Exception {
		awaitMails(email, 1);
		MimeMessage[] all = smtp.getReceivedMessagesForDomain(email);
		Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(GreenMailUtil.getBody(all[all.length - 1]));
		assertThat(m.find()).as("mail holds a code").isTrue();
		smtp.purgeEmailFromAllMailboxes();
		return m.group(1);
	}

}
