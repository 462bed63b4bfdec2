package nl.naast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.OrganisationKind;
import nl.naast.identity.Organisations;
import nl.naast.identity.Role;
import nl.naast.support.Fixtures;
import nl.naast.support.OidcProvider;

/**
 * An administrator sets up an organisation's own sign-in in the browser, and a
 * coordinator of that organisation then signs in there: Naast's sign-in page, the
 * provider's own login page, and back into Naast. Naast's pages pass axe-core, also on a
 * phone.
 */
class OrganisationSignInBrowserIT extends BrowserTestBase {

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorSetsItUpAndACoordinatorSignsInThroughTheOrganisation() {
		String name = Fixtures.unique("Jeugdbescherming Oost");
		UUID organisation = organisations.create(name, OrganisationKind.CHILD_PROTECTION_AGENCY).id();
		String username = Fixtures.unique("noor");
		AccountSummary coordinator = accounts.invite(username + "@jbo.test", "Noor Jansen", Role.COORDINATOR,
				organisation);
		try (OidcProvider provider = OidcProvider.start(List.of(baseUrl() + "/login/oauth2/code/" + organisation))) {
			provider.person(username, coordinator.email(), true);

			browser.signIn(fixtures.account(Role.ADMIN).email(), Fixtures.PASSWORD);
			browser.open("/admin/organisations");
			browser.click(By.cssSelector("a[href='/admin/organisations/" + organisation + "/sign-in']"));
			browser.waitForHeading("Eigen inlog van " + name);
			assertThat(browser.text()).contains(baseUrl() + "/login/oauth2/code/" + organisation);
			browser.assertAccessible();

			// a mistake first: said at the field, the rest kept
			browser.type("issuerUri", "login.jbo.example");
			browser.type("clientId", OidcProvider.CLIENT_ID);
			browser.type("clientSecret", OidcProvider.CLIENT_SECRET);
			browser.type("emailDomains", "jbo.test");
			browser.check("enabled", true);
			browser.submit(By.xpath("//button[normalize-space()='Opslaan']"));
			browser.waitForText(By.id("issuerUri-error"), "https://");
			assertThat(browser.element(By.id("clientId")).getAttribute("value")).isEqualTo(OidcProvider.CLIENT_ID);
			browser.assertAccessible();

			browser.type("issuerUri", provider.issuer());
			browser.type("clientSecret", OidcProvider.CLIENT_SECRET);
			browser.submit(By.xpath("//button[normalize-space()='Opslaan']"));
			browser.waitForText(By.cssSelector(".notice--success"), "opgeslagen");
			assertThat(browser.text()).doesNotContain(OidcProvider.CLIENT_SECRET);
			browser.signOut();

			browser.phone();
			browser.open("/login");
			browser.waitForHeading("Inloggen");
			assertThat(browser.fitsWidth()).isTrue();
			browser.assertAccessible();
			browser.desktop();
			browser.clickText("Inloggen via " + name);
			// the organisation's own login page
			browser.type("username", username);
			browser.type("password", OidcProvider.PASSWORD);
			browser.click(By.cssSelector("button[type=submit]"));
			browser.waitForHeading("Mijn gezinnen");
			assertThat(browser.url()).isEqualTo(baseUrl() + "/families");
			assertThat(browser.text()).contains("Noor Jansen");
			browser.assertAccessible();
			browser.signOut();
		}
	}

}
