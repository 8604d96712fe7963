package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.PlanService;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Pejling's pages in Chromium, the way a user meets them: signing in with the keyboard, reading a
 * plan, uploading bundles good and bad, downloading, signing out, and what a reader may not do.
 * Every page a test reaches is checked with axe-core for WCAG 2.1 A and AA, and no test may leave
 * an error in the browser's console (a refused script or style under the Content-Security-Policy
 * shows there). The main pages are saved as screenshots in {@code docs/screenshots}.
 */
@PejlingTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesInBrowserTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String READER_PASSWORD = "reader-password-1";
    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String PLAN_TITLE = "Integrationshandleplan 2019-22";
    private static final String UPLOADED_PLAN = "kk-jobkonsulentpulje-2007";
    private static final String CATALOGUE = "kk-bruttokatalog-integrationshandleplan-2019-22";
    private static final Path SCREENSHOTS = Paths.get("docs", "screenshots");

    private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

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
    void openFreshContext() {
        importDemo(PLAN);
        context = chromium.pageContext(port);
        errors = BrowserErrors.watch(context);
        page = context.newPage();
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
    void signsInWithTheKeyboardAloneAndSeesTheListOfPlans() {
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log ind")))
                .isVisible();
        Accessibility.assertNoViolations(page);
        screenshot("login");

        page.keyboard().press("Tab");
        assertThat(focusedText()).as("the first Tab reaches the skip link").isEqualTo("Gå til sideindhold");
        tabTo("username");
        page.keyboard().type("admin");
        page.keyboard().press("Tab");
        assertThat(focusedId()).isEqualTo("password");
        page.keyboard().type(ADMIN_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/plans$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Planer")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PLAN_TITLE)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs plan")))
                .isVisible();
        Accessibility.assertNoViolations(page);
        screenshot("plans");
    }

    @Test
    void refusesAWrongPasswordWithADanishMessage() {
        page.navigate("/login");
        page.getByLabel("Brugernavn").fill("admin");
        page.getByLabel("Adgangskode").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Brugernavn eller adgangskode er forkert.");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void showsAPlanWithItsGoalsTargetsResultsAndAJudgementPerPeriod() {
        signIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PLAN_TITLE)).click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + PLAN + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(PLAN_TITLE);
        // The seed plan's nine initiatives.
        assertThat(page.locator(".pejling-initiative h3")).hasCount(9);

        // Initiative 1's first goal: at least 350 participants, 508 in 2019 and 537 in 2020.
        Locator participants = page.locator("#goal-i1-g1");
        assertThat(participants.locator("th")).containsText("Minimum 350 ledige københavnere");
        assertThat(participants.locator("td").nth(1)).containsText("Mål: 350");
        assertThat(participants.locator("td").nth(1)).containsText("Resultat: 537");
        assertThat(participants.locator("td").nth(1).locator(".pejling-badge")).hasText("opnået");
        assertThat(participants.locator("td").nth(1).locator(".pejling-phrase")).hasText("Målet er opnået (537).");
        // Its second: at least 90 pct. placed, 43 pct. in 2020.
        Locator placed = page.locator("#goal-i1-g2 td").nth(1);
        assertThat(placed).containsText("Resultat: 43");
        assertThat(placed.locator(".pejling-badge")).hasText("ikke opnået");
        assertThat(placed.locator(".pejling-phrase")).hasText("Målet er ikke opnået (43 pct.).");
        Accessibility.assertNoViolations(page);
        screenshot("plan");
    }

    @Test
    void showsTheOtherDemoPlansWithTheirSectionsAccessibly() {
        // The plan page of the fifth, the job consultant pool with its grants, is the upload test's.
        // Title, initiatives and goals of each as its seed has them.
        record Seed(String id, String title, int initiatives, int goals) {}
        List<Seed> others = List.of(
                new Seed("kk-beskaeftigelsesaftale-2009", "Beskæftigelsesaftale 2009", 18, 49),
                new Seed("kk-bruttokatalog-integrationshandleplan-2019-22",
                        "Bruttokatalog over mulige fokusområder i Integrationshandleplanen", 27, 1),
                new Seed("kk-biu-handleplan-beskaeftigelse-integration",
                        "Beskæftigelses- og Integrationsudvalgets handleplan", 8, 6));
        others.forEach(seed -> importDemo(seed.id()));
        signIn("admin", ADMIN_PASSWORD);
        for (Seed seed : others) {
            Response response = page.navigate("/plans/" + seed.id());

            assertThat(response.status()).as(seed.id()).isEqualTo(200);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(seed.title());
            assertThat(page.locator(".pejling-initiative")).hasCount(seed.initiatives());
            assertThat(page.locator(".pejling-goal-table tbody tr")).hasCount(seed.goals());
            Accessibility.assertNoViolations(page);
        }
    }

    @Test
    void opensAnInitiativeFromThePlan() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + PLAN);
        page.locator("#initiative-i1 h3 a").click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + PLAN + "/initiatives/i1$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("1. Håndholdt og vedvarende virksomhedsindsatser for ledige");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Brødkrumme")))
                .containsText(PLAN_TITLE);
        assertThat(page.locator(".pejling-goal-table tbody tr")).hasCount(4);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Afsatte midler")))
                .isVisible();
        Accessibility.assertNoViolations(page);
        screenshot("initiative");
    }

    @Test
    void opensTheMoneyPageFromThePlanWithTheGrantsLedgerAccessibly() {
        importDemo(UPLOADED_PLAN);
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + UPLOADED_PLAN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Økonomi")).click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + UPLOADED_PLAN + "/okonomi$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Økonomi");
        Locator total = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fordeling på enheder 2007"))
                .locator("tfoot tr");
        assertThat(total.locator("th")).hasText("I alt");
        assertThat(total.locator("td")).hasText("93");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Kildens tal ved siden af Pejlings")))
                .containsText("14,53 mio. kr.");
        Accessibility.assertNoViolations(page);
        screenshot("okonomi");
    }

    @Test
    void triesAScenarioOverTheCatalogueRecalculatingAsThePlannerTypesAccessibly() {
        importDemo(CATALOGUE);
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + CATALOGUE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scenarier")).click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + CATALOGUE + "/scenarier$"));
        page.locator("#valg-i1").check();
        page.locator("#valg-i5").check();
        // i1 at 525 of its 350 borgere: 6,6 mio. kr.; i5 as stated: 2,9 mio. kr. (seed 002)
        page.locator("#gruppe-i1").fill("525");
        page.locator("#gruppe-i1").dispatchEvent("change");
        page.locator("#ramme-2019").fill("9.000.000");
        page.locator("#ramme-2019").dispatchEvent("change");

        Locator totals = page.getByRole(AriaRole.TABLE,
                new Page.GetByRoleOptions().setName("Hvad de valgte indsatser koster pr. år (kr.)"));
        assertThat(totals.locator("tfoot")).containsText("9.500.000 kr.");
        assertThat(page.locator("#scenario-frame tbody tr").first()).containsText("Over rammen med 500.000 kr.");
        Accessibility.assertNoViolations(page);
        screenshot("scenarier");
    }

    @Test
    void setsThePlansFrameOnTheMoneyPageAndSeesWhatIsLeftAccessibly() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + PLAN + "/okonomi");
        page.getByLabel("Ramme 2019").fill("abc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rammen")).click();

        assertThat(page.locator("#form-problems")).containsText("Rammen for 2019: »abc« er ikke et beløb i kroner");
        Accessibility.assertNoViolations(page);
        // A refused form answers 400, which Chromium notes in the console; that one is this test's point.
        errors.forgetExpected(e -> e.contains("status of 400") && e.contains("/okonomi/ramme"));

        page.getByLabel("Ramme 2019").fill("100.000.000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rammen")).click();

        assertThat(page.locator("#saved")).containsText("Rammen er gemt.");
        assertThat(page.locator("#frame-balance tbody tr").first()).containsText("Inden for rammen");
        Accessibility.assertNoViolations(page);
        screenshot("okonomi-ramme");
    }

    @Test
    void opensTheDashboardFromThePlanAndFiltersItWithTheKeyboard() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + PLAN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overblik over målene")).click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + PLAN + "/overblik$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Overblik: " + PLAN_TITLE);
        assertThat(page.locator("#overblik-maal tbody tr")).hasCount(20);
        assertThat(page.locator("#uden-bemaerkning")).containsText("Nr. 5");
        Accessibility.assertNoViolations(page);
        screenshot("dashboard");

        // With the keyboard: focus the assessment filter, choose "ikke opnået"; htmx swaps the results
        // and puts the filter in the address, so the view can be bookmarked.
        page.locator("#assessment").focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.locator("#assessment").selectOption("not_achieved");
        assertThat(page).hasURL(Pattern.compile("assessment=not_achieved"));
        assertThat(page.locator("#overblik-maal tbody tr")).hasCount(7);
        assertThat(page.locator("#overblik-maal .pejling-badge").first()).hasText("ikke opnået");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void opensAGoalWithItsChartAndTheFiguresBeside() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + PLAN + "/initiatives/i1");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minimum 350 ledige københavnere deltager i indsatsen årligt.")).first().click();

        assertThat(page).hasURL(Pattern.compile("/plans/" + PLAN + "/goals/i1-g1$"));
        Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Udvikling: Minimum 350 ledige")));
        assertThat(chart).isVisible();
        assertThat(page.locator("figure table tbody tr")).hasCount(2);
        assertThat(page.locator("figure table tbody tr").nth(1)).containsText("537");
        Accessibility.assertNoViolations(page);
        screenshot("goal");
    }

    @Test
    void searchesFromTheHeaderWithTheKeyboard() {
        signIn("admin", ADMIN_PASSWORD);
        page.locator("#header-q").focus();
        page.keyboard().type("fritidsjob");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/sog\\?q=fritidsjob$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("resultater for »fritidsjob«");
        // The demo plan's: other browser tests in the same context add copies of it with the same initiatives.
        assertThat(page.locator("a[href='/plans/" + PLAN + "/initiatives/i6']")).hasText("6. Fritidsjob til unge");
        Accessibility.assertNoViolations(page);
        screenshot("search");
    }

    @Test
    void refusesAnUploadWithErrorsListingEveryErrorInDanishAndChangesNothing() {
        String before = importer.export(PLAN, BundleFormat.YAML).orElseThrow();
        String broken = replaceOnce(
                replaceOnce(
                        replaceOnce(before, "title: " + PLAN_TITLE, "title: Ændret titel"),
                        "direction: at_least", "direction: more"),
                "value: 508", "value: mange");
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/upload");
        page.getByLabel("Planfil").setInputFiles(yamlFile(PLAN + ".yaml", broken));
        page.getByLabel("Erstat en eksisterende plan").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs")).click();

        Locator problem = page.getByRole(AriaRole.ALERT);
        assertThat(problem).containsText("Planen blev ikke indlæst, og intet er ændret. Filen har 2 fejl:");
        assertThat(problem.locator("li")).hasCount(2);
        assertThat(problem.locator("li").nth(0)).containsText("plan.initiatives[0].goals[0].direction: ");
        assertThat(problem.locator("li").nth(1)).containsText("plan.initiatives[0].goals[0].results[0].value: ");
        Accessibility.assertNoViolations(page);
        screenshot("upload-errors");

        assertThat(importer.export(PLAN, BundleFormat.YAML)).contains(before);
        page.navigate("/plans/" + PLAN);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(PLAN_TITLE);
    }

    @Test
    void importsAGoodBundleAndLandsOnItsPage() {
        plans.delete(UPLOADED_PLAN);
        signIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs plan")).click();
        assertThat(page).hasURL(Pattern.compile("/plans/upload$"));
        Accessibility.assertNoViolations(page);

        page.getByLabel("Planfil").setInputFiles(yamlFile(UPLOADED_PLAN + ".yaml", demo(UPLOADED_PLAN)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs")).click();

        // With JavaScript the result is swapped into the upload page (see ProgressInBrowserTest), linking on.
        assertThat(page.locator("#upload-done")).containsText("Planen er indlæst.");
        String title = "Anvendelse af den statslige pulje til ansættelse af ekstra jobkonsulenter";
        Accessibility.assertNoViolations(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til " + title)).click();
        assertThat(page).hasURL(Pattern.compile("/plans/" + UPLOADED_PLAN + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        Accessibility.assertNoViolations(page);
    }

    @Test
    void downloadsThePlanAsTheYamlPejlingExports() throws IOException {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate("/plans/" + PLAN);

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Hent plan (YAML)"))
                .click());

        assertThat(download.suggestedFilename()).isEqualTo(PLAN + ".yaml");
        assertThat(Files.readString(download.path(), StandardCharsets.UTF_8))
                .isEqualTo(importer.export(PLAN, BundleFormat.YAML).orElseThrow());
    }

    @Test
    void signsOutAndIsSentBackToSignIn() {
        signInWithTheForm("admin", ADMIN_PASSWORD); // a session of its own: signing out ends it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();

        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Du er logget ud.");
        Accessibility.assertNoViolations(page);
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void showsAReaderThePlansButNoUploadAndRefusesTheUploadPage() {
        if (!accounts.exists("reader")) {
            accounts.create("reader", "Læser", READER_PASSWORD, Role.READER);
        }
        signIn("reader", READER_PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PLAN_TITLE)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs plan")))
                .hasCount(0);

        Response upload = page.navigate("/plans/upload");

        assertThat(upload.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Du har ikke adgang til siden");
        Accessibility.assertNoViolations(page);
        // Chromium notes every answer of 403 in the console; that one is this test's point.
        errors.forgetExpected(e -> e.contains("status of 403") && e.contains("/plans/upload"));
    }

    @Test
    void noticesWhenThePolicyRefusesAScript() {
        // The check every other test relies on: a page with an inline script under Pejling's policy.
        page.route("**/csp-probe", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200)
                .setHeaders(Map.of("Content-Type", "text/html", "Content-Security-Policy", "script-src 'self'"))
                .setBody("<!DOCTYPE html><html lang=da><title>x</title><script>document.title = 'ran'</script></html>")));
        page.navigate("/csp-probe");

        assertThat(page.title()).isEqualTo("x");
        assertThat(errors.all()).anyMatch(e -> e.startsWith("CSP violation: script-src-elem blocked inline"));
        errors.forgetExpected(e -> e.contains("script-src"));
    }

    @Test
    void findsAccessibilityProblemsWhereThereAreSome() {
        // The check every other test relies on, on a page with an unlabelled field and faint text.
        page.setContent("<!DOCTYPE html><html lang=da><title>x</title><main><h1>Side</h1>"
                + "<p style='color:#bbb'>Svag tekst</p><input type=text></main></html>");

        assertThat(Accessibility.violations(page))
                .extracting(rule -> rule.getId())
                .contains("color-contrast", "label");
    }

    /**
     * Signs in once per account with the form, then hands each later test's fresh context the same
     * session cookie: the form's own behaviour is tested above, and a page load saved per test counts.
     */
    private void signIn(String username, String password) {
        List<Cookie> session = SESSIONS.get(port + "/" + username);
        if (session == null) {
            signInWithTheForm(username, password);
            SESSIONS.put(port + "/" + username, context.cookies());
        } else {
            context.addCookies(session);
            page.navigate("/plans");
        }
        assertThat(page).hasURL(Pattern.compile("/plans$"));
    }

    private void signInWithTheForm(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Brugernavn").fill(username);
        page.getByLabel("Adgangskode").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        assertThat(page).hasURL(Pattern.compile("/plans$"));
    }

    private void tabTo(String id) {
        for (int i = 0; i < 10 && !id.equals(focusedId()); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedId()).as("Tab reaches #" + id).isEqualTo(id);
    }

    private String focusedId() {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    private String focusedText() {
        return (String) page.evaluate("() => document.activeElement.textContent.trim()");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    /** The demo plan as the seed has it: other browser classes share the database and change these plans. */
    private void importDemo(String planId) {
        importer.importBundle(demo(planId), BundleFormat.YAML, true);
    }

    private static String demo(String planId) {
        try {
            return new ClassPathResource("demo/" + planId + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FilePayload yamlFile(String name, String text) {
        return new FilePayload(name, "application/yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).contains(from);
        int at = text.indexOf(from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
