package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pejling.testing.PejlingTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's security pages in Chromium: issuing an API token shows its secret once,
 * revoking it says so, and "log ud overalt" ends the session; each page passes axe-core.
 */
@PejlingTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityPagesInBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private BrowserErrors errors;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signInAsAdministrator() {
        context = chromium.pageContext(port);
        errors = BrowserErrors.watch(context);
        page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Brugernavn").fill("admin");
        page.getByLabel("Adgangskode").fill("test-admin-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        assertThat(page).hasURL(Pattern.compile("/plans$"));
    }

    @AfterEach
    void closeContextWithoutBrowserErrors() {
        try {
            assertThat(errors.all()).as("errors in the browser console").isEmpty();
        } finally {
            context.close();
        }
    }

    @Test
    void issuesATokenShowsItOnceAndRevokesIt() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-nøgler")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("API-nøgler");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Navn (fx systemets navn)").fill("Økonomisystemet");
        page.getByLabel("Rolle").selectOption("PLANNER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret nøgle")).click();

        assertThat(page.locator("#issued-token")).containsText("Nøglen »Økonomisystemet« er oprettet.");
        String token = page.locator(".pejling-secret").textContent();
        assertThat(token).startsWith("pejling_");
        assertThat(page.locator("#api-tokens")).containsText("Planlægger");
        assertThat(page.locator("#api-tokens")).containsText("aldrig");
        Accessibility.assertNoViolations(page);

        page.reload();
        assertThat(page.locator(".pejling-secret")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilbagekald Økonomisystemet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nøglen »Økonomisystemet« er tilbagekaldt");
        assertThat(page.locator("#api-tokens")).containsText("Tilbagekaldt");
    }

    @Test
    void signsOutEverywhereFromTheAccountPage() {
        page.locator(".pejling-user").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Min konto");
        assertThat(page.locator("#account-role")).hasText("Administrator");
        Accessibility.assertNoViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud overalt")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?ended$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Din session er afsluttet. Log ind igen.");
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void showsTheSessionsPageToAnAdministrator() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sessioner")).click();
        assertThat(page.locator("#accounts")).containsText("admin");
        Accessibility.assertNoViolations(page);
    }
}
