package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A status round in Chromium, through the pages alone: the planner opens it, the unit reporter
 * finds the initiative on the to-do list, sees the judgement as the figure is typed, is asked for
 * a remark, submits; the planner returns it with a comment, the reporter corrects and submits
 * again, the planner approves and closes, and corrects a locked figure with a reason. Every page
 * is checked with axe-core.
 */
@PejlingTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RoundInBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

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

    @Test
    void aReporterReportsAndThePlannerReviewsClosesAndCorrectsThroughThePages() {
        Plan plan = RoundFixtures.plan(importer, plans);
        RoundFixtures.account(accounts, "browser-planner", Role.PLANNER);
        RoundFixtures.account(accounts, "browser-reporter", Role.UNIT_REPORTER, RoundFixtures.MUSVAAGEVEJ);

        try (Session planner = new Session("browser-planner"); Session reporter = new Session("browser-reporter")) {
            // The planner opens a round for 2021 on initiative nr. 1.
            planner.page.navigate("/plans/" + plan.id());
            planner.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statusrunder")).click();
            Accessibility.assertNoViolations(planner.page);
            planner.page.getByLabel("Periode").fill("2021");
            planner.page.getByLabel("Frist").fill("2022-01-31");
            planner.page.getByLabel("1. Håndholdt og vedvarende virksomhedsindsatser for ledige").check();
            planner.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Åbn runden")).click();
            // The overview's alert; its other status region tells the progress of an upload of results.
            assertThat(planner.page.locator(".alert-success")).hasText("Statusrunden for 2021 er åbnet.");
            String overview = planner.page.url();
            Accessibility.assertNoViolations(planner.page);

            // The reporter finds it on the to-do list and types a figure that misses the target.
            reporter.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapportering")).click();
            Accessibility.assertNoViolations(reporter.page);
            reporter.page.getByRole(AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("1. Håndholdt og vedvarende virksomhedsindsatser for ledige"))
                    .click();
            Locator placed = reporter.page.locator("[id='goal-i1-g2']");
            reporter.page.locator("[id='value.i1-g1']").fill("400");
            placed.locator("[id='value.i1-g2']").fill("80");
            Locator judgement = reporter.page.locator("[id='vurdering-i1-g2']");
            assertThat(judgement.locator(".pejling-phrase")).hasText("Målet er ikke opnået (80 pct.).");
            assertThat(judgement.locator(".pejling-remark-needed")).containsText("Skriv en bemærkning");
            Accessibility.assertNoViolations(reporter.page);
            reporter.screenshot("indberetning");
            reporter.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem").setExact(true)).click();
            assertThat(reporter.page.getByRole(AriaRole.STATUS)).hasText("Indberetningen er gemt.");
            reporter.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indsend til godkendelse")).click();
            assertThat(reporter.page.getByRole(AriaRole.ALERT)).containsText("skriv en bemærkning");
            reporter.page.locator("[id='remark.i1-g2']").fill("Færre virksomheder tog imod praktikanter.");
            reporter.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem").setExact(true)).click();
            reporter.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indsend til godkendelse")).click();
            assertThat(reporter.page.getByRole(AriaRole.STATUS)).hasText("Indberetningen er sendt til godkendelse.");
            assertThat(reporter.page.locator("#submission-state")).hasText("indsendt");

            // The planner returns it with a comment; the reporter sees it, corrects and submits again.
            planner.page.navigate(overview);
            assertThat(planner.page.locator("#submission-i1")).containsText("indsendt");
            planner.page.locator("#submission-i1 a").click();
            planner.page.getByLabel("Kommentar til enheden").fill("Deltagertallet skal opgøres pr. 31.12.");
            planner.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send retur")).click();
            assertThat(planner.page.getByRole(AriaRole.STATUS)).hasText("Indberetningen er sendt retur til enheden.");
            reporter.page.reload();
            assertThat(reporter.page.locator("#review-comment")).containsText("Deltagertallet skal opgøres pr. 31.12.");
            Accessibility.assertNoViolations(reporter.page);
            reporter.page.locator("[id='value.i1-g1']").fill("410");
            reporter.page.locator("[id='asOf.i1-g1']").fill("2021-12-31");
            reporter.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem").setExact(true)).click();
            reporter.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indsend til godkendelse")).click();
            assertThat(reporter.page.locator("#submission-state")).hasText("indsendt");

            // The planner approves and closes; the figures are in the plan and locked.
            planner.page.reload();
            planner.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkend")).click();
            assertThat(planner.page.getByRole(AriaRole.STATUS)).containsText("godkendt");
            assertThat(plans.find(plan.id()).orElseThrow().goal("i1-g1").orElseThrow().result(Period.year(2021))
                            .orElseThrow().value())
                    .isEqualByComparingTo("410");
            planner.page.navigate(overview);
            planner.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Luk runden")).click();
            assertThat(planner.page.locator("#round-state")).hasText("lukket");
            Accessibility.assertNoViolations(planner.page);
            reporter.page.reload();
            assertThat(reporter.page.locator("#locked-note")).containsText("Runden er lukket");
            assertThat(reporter.page.locator("[id='value.i1-g1']")).isDisabled();

            // A correction after the close needs the planner and a reason, and the history keeps both.
            planner.page.locator("#submission-i1 a").click();
            planner.page.locator("[id='value.i1-g1']").fill("412");
            planner.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rettelse")).click();
            assertThat(planner.page.getByRole(AriaRole.ALERT)).containsText("kræver en begrundelse");
            planner.page.getByLabel("Begrundelse for rettelsen").fill("Efterregistrering fra jobcentret.");
            planner.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rettelse")).click();
            assertThat(planner.page.getByRole(AriaRole.STATUS)).hasText("Indberetningen er gemt.");
            assertThat(plans.find(plan.id()).orElseThrow().goal("i1-g1").orElseThrow().result(Period.year(2021))
                            .orElseThrow().value())
                    .isEqualByComparingTo("412");
            planner.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se historik for indberetningen")).click();
            Locator versions = planner.page.locator("#versions tbody tr");
            Locator correction = versions.filter(new Locator.FilterOptions().setHasText("Efterregistrering fra jobcentret."));
            assertThat(correction).hasCount(1);
            assertThat(correction).containsText("Værdi: 410 → 412");
            assertThat(correction).containsText("browser-planner");
            assertThat(planner.page.locator("#review-events")).containsText("sendt retur – Deltagertallet skal opgøres pr. 31.12.");
            Accessibility.assertNoViolations(planner.page);
            assertThat(planner.errors.all()).as("errors in the planner's browser console").isEmpty();
            assertThat(reporter.errors.all()).as("errors in the reporter's browser console").isEmpty();
        }
    }

    /** One person's browser, signed in with the form. */
    private final class Session implements AutoCloseable {

        final BrowserContext context;
        final Page page;
        final BrowserErrors errors;

        Session(String username) {
            context = chromium.pageContext(port);
            errors = BrowserErrors.watch(context);
            page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Brugernavn").fill(username);
            page.getByLabel("Adgangskode").fill("password-" + username);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
            assertThat(page).hasURL(Pattern.compile("/plans$"));
        }

        void screenshot(String name) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("docs", "screenshots", name + ".png")).setFullPage(true));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
