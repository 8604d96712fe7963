package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.testing.PejlingTest;
import dk.pejling.testing.TestAuthorizationServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID Connect provider (Spring Authorization Server, started in this
 * JVM): Chromium follows Pejling's "Log ind med …" button to the provider's own login page, signs
 * in there, and comes back to Pejling as an account with the role and units its claims map to.
 * The provider's JWTs call the API with the mapped role too.
 */
@PejlingTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "pejling.oidc.client-id=" + TestAuthorizationServer.CLIENT_ID,
            "pejling.oidc.client-secret=" + TestAuthorizationServer.CLIENT_SECRET,
            "pejling.oidc.name=Testkommunens login",
            "pejling.oidc.role-claim=roles",
            "pejling.oidc.roles.PLANNER=Planlaegger",
            "pejling.oidc.roles.UNIT_REPORTER=Pejling-Enhed,Enhedsrapportoer",
            "pejling.oidc.unit-claim=units"
        })
class IdentityProviderSignInTest {

    private static TestAuthorizationServer idp;
    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private BrowserContext context;
    private Page page;
    private BrowserErrors errors;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("pejling.oidc.issuer", () -> idp().issuer());
    }

    private static synchronized TestAuthorizationServer idp() {
        if (idp == null) {
            idp = TestAuthorizationServer.start();
        }
        return idp;
    }

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowserAndProvider() {
        if (chromium != null) {
            chromium.close();
        }
        if (idp != null) {
            idp.close();
            idp = null;
        }
    }

    @BeforeEach
    void openFreshContext() {
        idp().redirectTo("http://localhost:" + port);
        context = chromium.pageContext(port);
        context.setDefaultTimeout(10_000);
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
    void signsInThroughTheProviderAsAUnitReporterWithTheUnitsOfTheClaims() {
        signInAtTheProvider("mette.enhed");

        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/plans$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Planer"))).isVisible();
        assertThat(page.locator(".pejling-user")).hasText("mette.enhed");
        // A unit reporter may not load plans: no link, and the page itself is refused.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs plan"))).hasCount(0);
        Response upload = page.navigate("/plans/upload");
        assertThat(upload.status()).isEqualTo(403);
        errors.forgetExpected(e -> e.contains("status of 403") && e.contains("/plans/upload"));

        page.navigate("/account");
        assertThat(page.locator("#account-username")).hasText("mette.enhed");
        assertThat(page.locator("#account-role")).hasText("Enhedsrapportør");
        assertThat(page.locator("#account-units")).hasText("jc-musvaagevej");
        Accessibility.assertNoViolations(page);

        assertThat(accounts.role("mette.enhed")).contains(Role.UNIT_REPORTER);
        assertThat(accounts.units("mette.enhed")).containsExactly("jc-musvaagevej");
        Cookie session = context.cookies().stream()
                .filter(c -> c.name.equals("PEJLING_SESSION") && c.domain.equals("localhost"))
                .findFirst()
                .orElseThrow();
        assertThat(session.httpOnly).as("HttpOnly").isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
    }

    @Test
    void signsInAPlannerWhoMayLoadPlans() {
        signInAtTheProvider("peter.planlaegger");

        assertThat(page).hasURL(Pattern.compile("/plans$"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs plan"))).isVisible();
        assertThat(page.navigate("/plans/upload").status()).isEqualTo(200);
        assertThat(accounts.role("peter.planlaegger")).contains(Role.PLANNER);
    }

    @Test
    void refusesAPersonWhoseClaimsGiveNoRoleWithADanishMessage() {
        signInAtTheProvider("uden.rolle");

        assertThat(page).hasURL(Pattern.compile("/login\\?no-role$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Din bruger hos identitetsudbyderen har ingen rolle i Pejling. Spørg en administrator om adgang.");
        assertThat(accounts.exists("uden.rolle")).isFalse();
        Accessibility.assertNoViolations(page);
    }

    @Test
    void letsAJwtFromTheProviderCallTheApiWithTheMappedRole() throws Exception {
        String jwt = clientCredentialsToken();
        HttpClient http = HttpClient.newHttpClient();

        assertThat(call(http, "GET", "/api/v1/plans", "Bearer " + jwt).statusCode()).isEqualTo(200);
        // A planner may delete plans: past the access rules, the missing plan answers 404, not 403.
        assertThat(call(http, "DELETE", "/api/v1/plans/no-such-plan", "Bearer " + jwt).statusCode()).isEqualTo(404);
        // But may not manage API tokens.
        assertThat(call(http, "GET", "/api/v1/api-tokens", "Bearer " + jwt).statusCode()).isEqualTo(403);

        String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA";
        HttpResponse<String> refused = call(http, "GET", "/api/v1/plans", "Bearer " + forged);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private void signInAtTheProvider(String username) {
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind med Testkommunens login")).click();
        assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestAuthorizationServer.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile("^http://localhost:" + port + "/.*"));
    }

    private String clientCredentialsToken() throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(
                (TestAuthorizationServer.API_CLIENT_ID + ":" + TestAuthorizationServer.API_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(idp().tokenUri()))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=pejling"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> call(HttpClient http, String method, String path, String authorization)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", authorization)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
