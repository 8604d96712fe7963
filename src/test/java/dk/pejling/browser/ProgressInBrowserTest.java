package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.bundle.PlanBundleWriter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Feedback on long work in Chromium: a large plan file is sent with a progress bar and a live
 * region saying how far it has come, and the result is swapped into the upload page without
 * loading a new one; a committee document says it is being written until the download begins.
 * The texts the live region shows are recorded in the page as they come (a MutationObserver), since
 * on a local machine they pass faster than a test could look.
 */
@PejlingTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProgressInBrowserTest {

    private static final String PLANNER = "progress-planner";
    private static final String LARGE_PLAN = "synthetic-progress";

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    RoundService rounds;

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
    void signIn() {
        RoundFixtures.account(accounts, PLANNER, Role.PLANNER);
        context = chromium.pageContext(port);
        errors = BrowserErrors.watch(context);
        page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Brugernavn").fill(PLANNER);
        page.getByLabel("Adgangskode").fill("password-" + PLANNER);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        assertThat(page).hasURL(Pattern.compile("/plans$"));
    }

    @AfterEach
    void closeWithoutBrowserErrors() {
        try {
            assertThat(errors.all()).as("errors in the browser console").isEmpty();
        } finally {
            context.close();
        }
    }

    @Test
    void sendsALargePlanFileShowingProgressAndSwapsInTheResultOnTheSamePage() {
        if (plans.exists(LARGE_PLAN)) {
            plans.delete(LARGE_PLAN);
        }
        byte[] bundle = new PlanBundleWriter()
                .writeBytes(SyntheticPlans.generate(LARGE_PLAN, 100, 5, 12, 42), BundleFormat.JSON);
        page.navigate("/plans/upload");
        record("#upload-progress", "#upload-form");

        page.getByLabel("Planfil").setInputFiles(new FilePayload(LARGE_PLAN + ".json", "application/json", bundle));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs")).click();

        Locator done = page.locator("#upload-done");
        assertThat(done).containsText("Planen er indlæst.", new com.microsoft.playwright.assertions.LocatorAssertions
                .ContainsTextOptions().setTimeout(60_000));
        List<String> seen = recorded();
        assertThat(seen).as("texts of the live region while sending %d bytes", bundle.length)
                .anyMatch(t -> t.matches("Sender fil … \\d+ %"))
                .contains("Kontrollerer og gemmer …", "button disabled", "button enabled");
        assertThat(seen.indexOf("Kontrollerer og gemmer …")).isGreaterThan(indexOfFirst(seen, "Sender fil"));
        assertThat(page).hasURL(Pattern.compile("/plans/upload$"));
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        assertThat(page.locator("#upload-progress progress")).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs"))).isEnabled();
        assertThat(plans.exists(LARGE_PLAN)).isTrue();
        Accessibility.assertNoViolations(page);

        // The rest of the page is as it was: the result links on to the plan.
        Plan plan = plans.find(LARGE_PLAN).orElseThrow();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til " + plan.title())).click();
        assertThat(page).hasURL(Pattern.compile("/plans/" + LARGE_PLAN + "$"));
    }

    @Test
    void swapsInTheErrorsOfABadFileWithoutLoadingANewPage() {
        page.navigate("/plans/upload");
        record("#upload-progress", "#upload-form");

        page.getByLabel("Planfil").setInputFiles(new FilePayload("tom.yaml", "application/yaml",
                "plan:\n  title: ''\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Planen blev ikke indlæst, og intet er ændret.");
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        assertThat(recorded()).contains("Kontrollerer og gemmer …");
        // The keyboard goes on from the result: its summary has the focus, not the button sent from.
        assertThat(page.locator("#upload-summary")).isFocused();
        assertThat(page.locator("#upload-summary")).hasText("Planen blev ikke indlæst, og intet er ændret. Filen har 4 fejl:");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void saysTheDocumentIsBeingWrittenUntilTheDownloadBegins() throws IOException {
        Plan plan = RoundFixtures.plan(importer, plans);
        page.navigate("/plans/" + plan.id() + "/documents");
        record("#document-progress", "#document-downloads");
        Accessibility.assertNoViolations(page);

        // The first PDF of a run loads its fonts: seconds, which is the point of the status.
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF").setExact(true)).click());

        assertThat(download.suggestedFilename()).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(download.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(page.locator("#document-progress")).containsText("Hentet: " + download.suggestedFilename());
        assertThat(recorded()).startsWith("Dokumentet skrives …");
        assertThat(page.locator("#document-progress progress")).isHidden();
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        Accessibility.assertNoViolations(page);

        // Without the status, a plain link: the web page opens as before.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webside (HTML)")))
                .not().hasAttribute("data-progress", Pattern.compile(".*"));
    }

    @Test
    void sendsARoundsResultsFileShowingProgressAndSwapsInErrorsThenTheSavedCount() {
        Plan plan = RoundFixtures.plan(importer, plans);
        Round round = roundOn(plan);
        page.navigate("/plans/" + plan.id() + "/runder/" + round.id() + "/resultater");
        record("#bulk-progress", "#bulk-upload");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Udfyldt regneark").setInputFiles(csv("i1-g1;i1;jc-musvaagevej;;;;2021;;0;mange;;;;;;\r\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs resultater")).click();

        assertThat(page.locator("#upload-errors tbody tr")).hasCount(1);
        assertThat(page.locator("#upload-errors tbody tr td").nth(1)).containsText("Værdi");
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        assertThat(recorded()).anyMatch(t -> t.startsWith("Sender fil … ")).contains("Kontrollerer og gemmer …");
        assertThat(page.locator("#upload-summary")).isFocused();
        assertThat(page.locator("#upload-summary")).hasText("Intet er gemt: filen har 1 fejl. Ret fejlene nedenfor, og indlæs filen igen.");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Udfyldt regneark").setInputFiles(csv("i1-g1;i1;jc-musvaagevej;;;;2021;;0;400;;;31.12.2021;;;\r\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs resultater")).click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Filen er indlæst")))
                .hasText("Filen er indlæst: 1 mål er gemt.");
        assertThat(page.locator("#upload-summary")).isFocused();
        assertThat(page.locator("#upload-errors")).hasCount(0);
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        Accessibility.assertNoViolations(page);
    }

    @Test
    void theRoundsOverviewSendsResultsWithProgressInEnglishAndShowsTheirFiguresOnTheSamePage() {
        Plan plan = RoundFixtures.plan(importer, plans);
        Round round = roundOn(plan);
        context.addCookies(List.of(new com.microsoft.playwright.options.Cookie("pejling-sprog", "en")
                .setDomain("localhost").setPath("/")));
        page.navigate("/plans/" + plan.id() + "/runder/" + round.id());
        record("#bulk-progress", "#bulk-upload");
        Locator figures = page.locator("#submission-i1 td").nth(2);
        assertThat(figures).hasText("0 of 4");

        page.getByLabel("Filled-in spreadsheet").setInputFiles(csv("i1-g1;i1;jc-musvaagevej;;;;2021;;0;mange;;;;;;\r\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload results")).click();

        assertThat(page.locator("#upload-summary")).hasText(
                "Nothing is saved: the file has 1 error. Correct the errors below, and upload the file again.");
        assertThat(page.locator("#upload-summary")).isFocused();
        assertThat(page.locator("#upload-errors tbody tr")).hasCount(1);
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        assertThat(recorded()).anyMatch(t -> t.matches("Sending file … \\d+ %"))
                .contains("Checking and saving …", "button disabled", "button enabled");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Filled-in spreadsheet").setInputFiles(csv("i1-g1;i1;jc-musvaagevej;;;;2021;;0;400;;;31.12.2021;;;\r\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload results")).click();

        assertThat(page.locator("#upload-summary")).hasText("The file is uploaded: 1 goal is saved.");
        assertThat(page.locator("#upload-summary")).isFocused();
        assertThat(page.locator("#upload-errors")).hasCount(0);
        // The round's figures above are asked for again, and the rest of the page is as it was.
        assertThat(figures).hasText("1 of 4");
        assertThat(page.evaluate("() => window.pejlingSamePage")).as("no new page was loaded").isEqualTo(true);
        assertThat(page.locator("#upload-summary")).isFocused();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add reminder"))).isEnabled();
        assertThat(page.locator("#bulk-progress progress")).isHidden();
        Accessibility.assertNoViolations(page);
    }

    @Test
    void withoutJavaScriptTheResultOfAnUploadTakesTheFocusOnThePageThatShowsIt() {
        BrowserContext plain = withoutJavaScript();
        try {
            Page noScript = plain.newPage();
            noScript.navigate("/plans/upload");
            noScript.getByLabel("Planfil").setInputFiles(new FilePayload("tom.yaml", "application/yaml",
                    "plan:\n  title: ''\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs")).click();

            assertThat(noScript.locator("#upload-summary")).containsText("Planen blev ikke indlæst");
            assertThat(noScript.locator("#upload-summary")).isFocused();

            Plan plan = RoundFixtures.plan(importer, plans);
            Round round = roundOn(plan);
            noScript.navigate("/plans/" + plan.id() + "/runder/" + round.id() + "/resultater");
            noScript.getByLabel("Udfyldt regneark").setInputFiles(csv("i1-g1;i1;jc-musvaagevej;;;;2021;;0;mange;;;;;;\r\n"));
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs resultater")).click();

            assertThat(noScript.locator("#upload-errors tbody tr")).hasCount(1);
            assertThat(noScript.locator("#upload-summary")).isFocused();

            noScript.getByLabel("Udfyldt regneark").setInputFiles(csv("i1-g1;i1;jc-musvaagevej;;;;2021;;0;400;;;31.12.2021;;;\r\n"));
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs resultater")).click();

            assertThat(noScript).hasURL(Pattern.compile("/resultater$"));
            assertThat(noScript.locator("#upload-summary")).hasText("Filen er indlæst: 1 mål er gemt.");
            assertThat(noScript.locator("#upload-summary")).isFocused();
        } finally {
            plain.close();
        }
    }

    @Test
    void withoutJavaScriptThePlainPostAndTheDownloadLinkWorkAsBefore() throws IOException {
        BrowserContext plain = withoutJavaScript();
        try {
            plain.setDefaultTimeout(60_000);
            Page noScript = plain.newPage();
            String id = "progress-plain";
            if (plans.exists(id)) {
                plans.delete(id);
            }
            noScript.navigate("/plans/upload");
            noScript.getByLabel("Planfil").setInputFiles(new FilePayload(id + ".json", "application/json",
                    new PlanBundleWriter().writeBytes(SyntheticPlans.generate(id, 3, 2, 2, 7), BundleFormat.JSON)));
            noScript.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs")).click();

            assertThat(noScript).hasURL(Pattern.compile("/plans/" + id + "$"));
            assertThat(noScript.getByRole(AriaRole.STATUS)).hasText("Planen er indlæst.");
            assertThat(noScript.locator("#upload-summary")).isFocused();

            Plan plan = RoundFixtures.plan(importer, plans);
            noScript.navigate("/plans/" + plan.id() + "/documents");
            Download download = noScript.waitForDownload(() -> noScript.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Word (DOCX)").setExact(true)).click());
            assertThat(download.suggestedFilename()).endsWith(".docx");
            assertThat(noScript.locator("#document-progress")).hasText("");
        } finally {
            plain.close();
        }
    }

    /** A context of the same signed-in person with JavaScript off. */
    private BrowserContext withoutJavaScript() {
        BrowserContext plain = chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setJavaScriptEnabled(false)
                        .setLocale("da-DK"));
        plain.addCookies(context.cookies());
        return plain;
    }

    /** A round of 2021 on the fixture plan, asking about initiative i1. */
    private Round roundOn(Plan plan) {
        Actor planner = RoundFixtures.account(accounts, PLANNER, Role.PLANNER);
        return rounds.open(planner, plan.id(), Period.year(2021), LocalDate.of(2022, 1, 31), List.of("i1"), List.of());
    }

    private static FilePayload csv(String rows) {
        String header = "Mål-id;Indsats-id;Enheds-id;Indsats;Mål;Enhed;Periode;Mål for perioden;Version;"
                + "Værdi;Ud af;Vist tekst;Opgjort pr.;Forventning;Bemærkning;Begrundelse\r\n";
        return new FilePayload("resultater.csv", "text/csv", (header + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Records every text of the live region, and the disabling of buttons in the form, in the page. */
    private void record(String region, String form) {
        page.evaluate("([region, form]) => {"
                + "  window.pejlingSamePage = true;"
                + "  window.pejlingSeen = [];"
                + "  const live = document.querySelector(region);"
                + "  new MutationObserver(() => {"
                + "    const text = live.querySelector('.pejling-progress-text').textContent;"
                + "    if (text && window.pejlingSeen[window.pejlingSeen.length - 1] !== text) window.pejlingSeen.push(text);"
                + "  }).observe(live, {subtree: true, childList: true, characterData: true});"
                + "  new MutationObserver(records => records.forEach(r => {"
                + "    if (r.target.tagName === 'BUTTON') window.pejlingSeen.push('button ' + (r.target.disabled ? 'disabled' : 'enabled'));"
                + "  })).observe(document.querySelector(form), {subtree: true, attributes: true, attributeFilter: ['disabled']});"
                + "}", List.of(region, form));
    }

    @SuppressWarnings("unchecked")
    private List<String> recorded() {
        return (List<String>) page.evaluate("() => window.pejlingSeen");
    }

    private static int indexOfFirst(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
