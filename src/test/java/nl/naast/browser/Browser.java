package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Headless Debian Chromium, driven like a person would, with an accessibility check
 * (axe-core, WCAG 2.1 AA) on every page it visits.
 */
final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	private final WebDriverWait wait;

	Browser(String base) throws Exception {
		this.base = base;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=nl-NL", "--user-data-dir=" + Files.createTempDirectory("chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	void open(String path) {
		driver.get(base + path);
	}

	void phone() {
		driver.manage().window().setSize(new Dimension(360, 800));
	}

	void desktop() {
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Date fields are filled as the browser stores them, whatever the browser's own date
	 * format.
	 */
	void date(String id, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
				driver.findElement(By.id(id)), isoDate);
	}

	void choose(String id, String visibleText) {
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	void click(By by) {
		wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	/**
	 * Clicks a button that submits a form, and waits until the browser has left the page:
	 * a notice on the old page must not pass for the answer.
	 */
	void submit(By by) {
		WebElement page = driver.findElement(By.tagName("html"));
		click(by);
		wait.until(d -> {
			try {
				return ExpectedConditions.stalenessOf(page).apply(d);
			}
			catch (org.openqa.selenium.WebDriverException e) {
				// Chromium may report the old page's node as foreign while it is being
				// replaced
				return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
			}
		});
	}

	void clickText(String text) {
		click(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']"));
	}

	String heading() {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
	}

	void waitForHeading(String text) {
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	void waitForText(By by, String text) {
		wait.until(d -> {
			try {
				return ExpectedConditions.textToBePresentInElementLocated(by, text).apply(d);
			}
			catch (org.openqa.selenium.WebDriverException e) {
				// the page changed while it was read: look again
				return false;
			}
		});
	}

	WebElement element(By by) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	/** Ticks or unticks a checkbox (or picks a radio button) by its id. */
	void check(String id, boolean on) {
		WebElement box = driver.findElement(By.id(id));
		if (box.isSelected() != on) {
			box.click();
		}
	}

	/** Opens a closed disclosure (details/summary) by its summary text. */
	void open(By details) {
		WebElement element = element(details);
		if (element.getAttribute("open") == null) {
			element.findElement(By.tagName("summary")).click();
		}
	}

	String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	List<String> texts(By by) {
		return driver.findElements(By.cssSelector("body")).isEmpty() ? List.of()
				: driver.findElements(by).stream().map(WebElement::getText).toList();
	}

	String url() {
		return driver.getCurrentUrl();
	}

	/**
	 * Sends a file as the form on the current page would, with its CSRF token and the
	 * browser's cookies.
	 * @return the status and the page that came back
	 */
	java.net.http.HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
		String token = driver.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
		String cookies = String.join("; ",
				driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
		String boundary = "naast" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
				.header("Cookie", cookies)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Downloads a file the way the browser would, with its cookies: what a download link
	 * gives the person signed in.
	 */
	byte[] download(String path) throws Exception {
		String cookies = String.join("; ",
				driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
		java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
				.header("Cookie", cookies)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("download of " + path).isEqualTo(200);
		return response.body();
	}

	void signIn(String email, String password) {
		open("/login");
		type("username", email);
		type("password", password);
		click(By.cssSelector("form.form button[type=submit]"));
		// wait until signed in, so that the next navigation does not race the sign-in
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.signout")));
	}

	void signOut() {
		click(By.cssSelector("form.signout button"));
		waitForHeading("Inloggen");
	}

	/** Whether the page fits the window's width, without scrolling sideways. */
	boolean fitsWidth() {
		Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		return Boolean.TRUE.equals(fits);
	}

	/** Fails on serious or critical WCAG 2.1 A/AA violations of the page as it is now. */
	void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		List<String> violations = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(violations).as("accessibility of " + driver.getCurrentUrl()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
	}

	/**
	 * Gives the browser a built-in passkey device (Chromium's virtual authenticator) that
	 * verifies the user at once, as a fingerprint would.
	 */
	void addPasskeyDevice() {
		((org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator) driver)
			.addVirtualAuthenticator(new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
				.setProtocol(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
				.setTransport(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport.INTERNAL)
				.setHasResidentKey(true)
				.setHasUserVerification(true)
				.setIsUserVerified(true)
				.setIsUserConsenting(true));
	}

	@Override
	public void close() {
		driver.quit();
	}

}
