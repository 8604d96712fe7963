package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.PlanService;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.core.io.ClassPathResource;

/**
 * A planner marks one of the job consultant pool's conditions broken in Chromium with the keyboard
 * alone: from the money page to the grant's page, ticks the box, is told beside the note that a
 * broken condition needs one, writes it, saves, and is back on the money page with its warning.
 * Every page reached passes axe for WCAG 2.1 A/AA.
 */
@PejlingTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GrantEditingInBrowserTest {

    private static final String PLAN = "kk-jobkonsulentpulje-2007";
    private static final String GRANT = "Statslig pulje til ansættelse af ekstra jobkonsulenter";
    private static final String CONDITION = "Bevillingen gives alene til dækning af kommunale lønudgifter.";
    private static final String NOTE = "Puljen betalte i 2008 også husleje for jobkonsulenterne i Musvågevej.";
    private static final String USER = "puljeplanlaegger";
    private static final String PASSWORD = "pulje-password-1";

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    PlanService plans;

    @Autowired
    BundleImporter importer;

    @Autowired
    AccountService accounts;

    private BrowserContext context;
    private Page page;
    private BrowserErrors errors;
    private Keyboard keyboard;

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
    void openContext() throws IOException {
        importer.importBundle(new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                BundleFormat.YAML, true);
        if (!accounts.exists(USER)) {
            accounts.create(USER, USER, PASSWORD, Role.PLANNER);
        }
        context = chromium.pageContext(port);
        errors = BrowserErrors.watch(context);
        page = context.newPage();
        keyboard = new Keyboard(page);
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
    void aPlannerMarksAConditionBrokenWithANoteUsingTheKeyboardAloneAndSeesTheWarningOnTheMoneyPage() {
        keyboard.signIn(USER, PASSWORD);
        page.navigate("/plans/" + PLAN + "/okonomi");
        assertThat(brokenWarning()).hasCount(0);

        keyboard.press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret puljen").setExact(true)));
        assertThat(heading()).hasText("Ret puljen: " + GRANT);
        Accessibility.assertNoViolations(page);

        Locator broken = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Betingelse 1"))
                .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Betingelsen er brudt"));
        keyboard.tabTo(broken);
        page.keyboard().press("Space");
        assertThat(broken).isChecked();
        // The demo's note says why the condition was kept; emptied, the box ticked alone is refused.
        keyboard.type("note-0", "");
        keyboard.press(button("Gem puljen"));

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Intet er gemt. Ret felterne herunder og gem igen:");
        assertThat(page.locator("#group-note-0 .form-error-message"))
                .containsText("Note til betingelse 1: skriv, hvordan betingelsen er brudt, når den markeres som brudt.");
        assertThat(broken).isChecked();
        Accessibility.assertNoViolations(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("docs", "screenshots", "grant-edit-errors.png"))
                .setFullPage(true).setAnimations(ScreenshotAnimations.DISABLED));
        errors.forgetExpected(e -> e.contains("status of 422"));
        assertThat(plans.find(PLAN).orElseThrow().grants().get(0).terms().get(0).broken()).isFalse();

        keyboard.type("note-0", NOTE);
        keyboard.press(button("Gem puljen"));

        assertThat(page).hasURL(Pattern.compile("/plans/" + PLAN + "/okonomi#grant-jobkonsulentpulje$"));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("er gemt")))
                .hasText("Puljen »" + GRANT + "« er gemt.");
        assertThat(brokenWarning()).hasCount(1);
        assertThat(brokenWarning()).containsText("En betingelse for puljen er markeret som brudt. »" + CONDITION + "«");
        Accessibility.assertNoViolations(page);
        GrantCondition saved = plans.find(PLAN).orElseThrow().grants().get(0).terms().get(0);
        assertThat(saved.broken()).isTrue();
        assertThat(saved.note()).isEqualTo(NOTE);
    }

    private Locator brokenWarning() {
        return page.locator("#grant-jobkonsulentpulje .alert-warning")
                .filter(new Locator.FilterOptions().setHasText("Advarsel: betingelse brudt"));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
