package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * The planner's everyday journey in Chromium with the keyboard alone (Tab, Enter, typing; no
 * mouse): build a small plan, set a target, change it by a committee decision, record results,
 * see the judgement on the plan page and download the status document that cites the decision.
 * Then a reader, who can look but not change. Every page reached passes axe for WCAG 2.1 A/AA.
 */
@PejlingTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EditingJourneyInBrowserTest {

    private static final String PLANNER_PASSWORD = "planner-password-1";
    private static final String READER_PASSWORD = "reader-password-1";
    private static final String TITLE = "Fritidsjob 2020-21";
    private static final String GOAL = "250 unge kommer i fritidsjob via Fiskeriets fritidsjobformidling.";
    private static final Path SCREENSHOTS = Paths.get("docs", "screenshots");

    private static Chromium chromium;

    @LocalServerPort
    int port;

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
    void openContext() {
        for (String[] a : new String[][] {{"planlaegger", PLANNER_PASSWORD, "PLANNER"}, {"laeser", READER_PASSWORD, "READER"}}) {
            if (!accounts.exists(a[0])) {
                accounts.create(a[0], a[0], a[1], Role.valueOf(a[2]));
            }
        }
        context = chromium.pageContext(port);
        errors = BrowserErrors.watch(context);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        try {
            assertThat(errors.all()).as("errors in the browser console").isEmpty();
        } finally {
            context.close();
        }
    }

    @Test
    void aPlannerBuildsAPlanChangesATargetByDecisionAndDownloadsTheStatusDocumentWithTheKeyboardAlone()
            throws IOException, InterruptedException {
        signIn("planlaegger", PLANNER_PASSWORD);

        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret plan")));
        assertThat(heading()).hasText("Opret plan");
        type("title", TITLE);
        type("start", "2020");
        type("end", "2021");
        type("owner", "BIU");
        checked("plan-new");
        press(button("Gem"));

        assertThat(page).hasURL(Pattern.compile("/plans/fritidsjob-2020-21/edit$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Planen er oprettet.");
        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilføj indsats").setExact(true)));
        type("number", "7");
        type("title", "Samarbejde med Fiskeriet om fritidsjob");
        type("budget-2020", "600.000");
        checked("initiative-new");
        press(button("Gem"));

        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilføj mål til Samarbejde med Fiskeriet om fritidsjob")));
        type("text", GOAL);
        checked("goal-new");
        press(button("Gem"));
        assertThat(page.locator(".pejling-edit-goals")).containsText(GOAL);
        checked("edit-plan");

        setTarget("2020", "250");
        setTarget("2021", "250");

        // Lowering 2021's target without saying who decided is refused, and nothing changes.
        openGoalForm("Sæt mål for ");
        type("period", "2021");
        type("value", "195");
        press(button("Gem"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Formularen har fejl, og intet er gemt.");
        assertThat(page.locator("#group-decisionBy .form-error-message"))
                .containsText("Besluttet af skal udfyldes, fordi målet for 2021 ændres fra 250.");
        checked("edit-target-errors");
        assertThat(target("2021")).isEqualByComparingTo("250");

        type("decisionBy", "BIU");
        type("decisionDate", "23.11.2020");
        type("decisionText", "BIU har 23.11.2020 besluttet at nedjustere målet for 2021 til 195.");
        press(button("Gem"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ændringen er gemt.");
        assertThat(target("2021")).isEqualByComparingTo("195");

        openGoalForm("Sæt mål for ");
        assertThat(page.locator("#target-history tbody tr")).containsText("250");
        assertThat(page.locator("#target-history tbody tr")).containsText("23.11.2020");
        checked("edit-target-history");
        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annullér")));

        recordResult("2020", "142");
        recordResult("2021", "200");

        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis planen")));
        assertThat(page).hasURL(Pattern.compile("/plans/fritidsjob-2020-21$"));
        Locator goal = page.locator(".pejling-goal-table tbody tr").first();
        assertThat(goal.locator("td").nth(0).locator(".pejling-badge")).hasText("ikke opnået");
        assertThat(goal.locator("td").nth(1).locator(".pejling-badge")).hasText("opnået");
        assertThat(goal.locator("th")).containsText("BIU har 23.11.2020 besluttet at nedjustere målet for 2021 til 195.");
        checked(null);

        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dokumenter til udvalget")));
        assertThat(page).hasURL(Pattern.compile("/documents"));
        assertThat(heading()).hasText("Dokumenter til udvalget");
        checked(null);
        Locator pdf = page.locator("#document-downloads a").filter(new Locator.FilterOptions().setHasText("PDF"));
        focus(pdf);
        // A PDF takes a few seconds to write on a busy machine.
        Download download = page.waitForDownload(
                new Page.WaitForDownloadOptions().setTimeout(60_000), () -> page.keyboard().press("Enter"));
        String text = pdfText(download.path());
        assertThat(text.replaceAll("\\s+", " ")).contains("250 unge kommer i fritidsjob", "142", "195");
    }

    @Test
    void aReaderSeesThePlanWithoutEditButtonsAndCannotSave() {
        String planId = "laesbar-plan";
        // Adopted: a draft is the planners' own, absent to readers.
        plans.replace(dk.pejling.plan.PlanEdits.withStatus(dk.pejling.plan.PlanEdits.newPlan(planId, "Læsbar plan",
                new dk.pejling.plan.PlanPeriod(Period.year(2020), Period.year(2021)), null, "BIU", java.util.List.of()),
                dk.pejling.plan.PlanStatus.ADOPTED));
        String revision = plans.revision(planId).orElseThrow();
        signIn("laeser", READER_PASSWORD);

        page.navigate("/plans/" + planId);
        assertThat(heading()).hasText("Læsbar plan");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret planen"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opret plan"))).hasCount(0);
        Accessibility.assertNoViolations(page);

        Response form = page.navigate("/plans/" + planId + "/edit/facts");
        assertThat(form.status()).isEqualTo(403);
        page.navigate("/plans/" + planId);
        String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
        APIResponse save = page.request().post("/plans/" + planId + "/edit/facts", RequestOptions.create()
                .setForm(FormData.create().set("_csrf", csrf).set("revision", revision).set("title", "Ændret")
                        .set("start", "2020").set("end", "2021")));
        assertThat(save.status()).isEqualTo(403);
        assertThat(plans.find(planId).orElseThrow().title()).isEqualTo("Læsbar plan");
        errors.forgetExpected(e -> e.contains("status of 403"));
    }

    @Test
    void switchesToEnglishWithDatesAndNumbersTheEnglishWay() {
        signIn("planlaegger", PLANNER_PASSWORD);
        press(button("English"));
        assertThat(heading()).hasText("Plans");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        Accessibility.assertNoViolations(page);
        press(button("Dansk"));
        assertThat(heading()).hasText("Planer");
    }

    // ---- the journey's steps

    private void setTarget(String period, String value) {
        openGoalForm("Sæt mål for ");
        type("period", period);
        type("value", value);
        press(button("Gem"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ændringen er gemt.");
    }

    private void recordResult(String period, String value) {
        openGoalForm("Registrér resultat for ");
        type("period", period);
        type("value", value);
        type("asOf", "31.01." + (Integer.parseInt(period) + 1));
        if (period.equals("2020")) {
            checked("edit-result");
        }
        press(button("Gem"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ændringen er gemt.");
    }

    private void openGoalForm(String action) {
        press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(action + GOAL)));
    }

    private java.math.BigDecimal target(String period) {
        Plan plan = plans.find("fritidsjob-2020-21").orElseThrow();
        return plan.allGoals().get(0).target(Period.parse(period)).orElseThrow().value();
    }

    // ---- the keyboard

    private void signIn(String username, String password) {
        new Keyboard(page).signIn(username, password);
    }

    /** Tabs to the field and types into it, as a person without a mouse fills in a form. */
    private void type(String id, String text) {
        new Keyboard(page).type(id, text);
    }

    /** Tabs to a link or button and presses Enter. */
    private void press(Locator target) {
        new Keyboard(page).press(target);
    }

    private void focus(Locator target) {
        tabTo(target);
    }

    private void tabTo(Locator target) {
        new Keyboard(page).tabTo(target);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private String focusedId() {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    /** Checks the page with axe and, where named, saves its screenshot. */
    private void checked(String screenshot) {
        Accessibility.assertNoViolations(page);
        if (screenshot != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(screenshot + ".png"))
                    .setFullPage(true)
                    .setAnimations(ScreenshotAnimations.DISABLED));
        }
    }

    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return text;
    }
}
