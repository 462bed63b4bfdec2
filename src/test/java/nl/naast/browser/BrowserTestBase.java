package nl.naast.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.naast.support.Fixtures;

/**
 * The running application on a random port, one headless Chromium per test class, and the
 * fixtures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	Browser browser;

	@BeforeAll
	void startBrowser() throws Exception {
		browser = new Browser(baseUrl());
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

}
