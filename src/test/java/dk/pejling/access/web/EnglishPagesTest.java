package dk.pejling.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.pejling.access.AccountService;
import dk.pejling.access.ApiTokenService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.PublicationService;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.ReminderRule;
import dk.pejling.rounds.ReminderService;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A person who chose English gets the pages of the journeys people use in English, without Danish
 * in the middle: each page, asked for as a suitable role with the language cookie, has its English
 * heading or label, and none of the Danish texts of messages.properties (those that differ from the
 * English and are long enough not to occur by chance) is in its visible text or accessible names.
 * The plans' own data (titles, goals, status phrases) stays as the plans hold it. Without the
 * cookie the same page is Danish, as it is by default.
 */
@PejlingTest
@AutoConfigureMockMvc
class EnglishPagesTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String GRANT = "kk-jobkonsulentpulje-2007";
    private static final String CATALOGUE = "kk-bruttokatalog-integrationshandleplan-2019-22";
    // No account of this name: the language comes from the cookie alone (GrantEditPagesTest saves English on another one).
    private static final String PLANNER = "pages-in-english";
    private static final Cookie ENGLISH = new Cookie("pejling-sprog", "en");
    /** Danish texts shorter than this may occur in English by chance (a name, a number with its unit). */
    private static final int SHORTEST_CHECKED = 13;

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    RoundService rounds;

    @Autowired
    ReminderService reminders;

    @Autowired
    PublicationService publications;

    @Autowired
    ApiTokenService tokens;

    /** One page: how to ask for it, where its English shows, and that text in each language. */
    private record Page(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, int status, String selector,
            String english, String danish) {}

    @TestFactory
    Stream<DynamicTest> everyPageOfTheJourneysIsInEnglishForSomeoneWhoChoseEnglish() throws IOException {
        for (String id : List.of(PLAN, GRANT, CATALOGUE)) {
            importer.importBundle(new ClassPathResource("demo/" + id + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                    BundleFormat.YAML, true);
        }
        publications.publish(PLAN, "admin");
        Actor planner = RoundFixtures.account(accounts, PLANNER, Role.PLANNER);
        Plan roundPlan = RoundFixtures.plan(importer, plans);
        Round round = rounds.open(planner, roundPlan.id(), Period.year(2021), LocalDate.of(2022, 1, 31), List.of("i1"), List.of());
        reminders.addRule(planner, roundPlan.id(), round.id(), ReminderRule.Timing.BEFORE, 7);
        tokens.issue("Økonomisystemet", Role.READER, PLANNER, "admin");
        String runde = "/plans/" + roundPlan.id() + "/runder/" + round.id();
        String goal = plans.find(PLAN).orElseThrow().allGoals().get(0).id();
        String picked = plans.find(CATALOGUE).orElseThrow().allInitiatives().stream().limit(2)
                .map(i -> "indsats=" + i.id()).reduce((a, b) -> a + "&" + b).orElseThrow();

        List<Page> pages = List.of(
                new Page("upload", () -> as(get("/plans/upload"), Role.PLANNER), 200, "h1", "Upload plan", "Indlæs plan"),
                new Page("upload with errors", () -> as(multipart("/plans/upload").file(new MockMultipartFile("file", "tom.yaml",
                        "application/yaml", "plan:\n  title: ''\n".getBytes(StandardCharsets.UTF_8))).with(csrf()), Role.PLANNER),
                        200, "#upload-summary", "The plan was not uploaded, and nothing has changed.",
                        "Planen blev ikke indlæst, og intet er ændret."),
                new Page("documents", () -> as(get("/plans/" + PLAN + "/documents"), Role.READER), 200, "#checks-heading",
                        "Before it goes to the committee", "Før det sendes til udvalget"),
                new Page("error page", () -> as(get("/plans/ingen-plan/runder"), Role.PLANNER), 404, "h1",
                        "The page does not exist", "Siden findes ikke"),
                new Page("error page with its reason", () -> as(post("/plans/upload").with(csrf()), Role.PLANNER), 400, "main",
                        "The request held no file.", "Forespørgslen indeholdt ikke en fil."),
                new Page("reporting", () -> as(get("/rapportering"), Role.PLANNER), 200, "#todo thead", "Deadline", "Frist"),
                new Page("rounds", () -> as(get("/plans/" + roundPlan.id() + "/runder"), Role.PLANNER), 200, "h2",
                        "Open a status round", "Åbn en statusrunde"),
                new Page("round overview", () -> as(get(runde), Role.PLANNER), 200, "#reminder-rules",
                        "7 days before the deadline", "7 dage før fristen"),
                new Page("round report", () -> as(get(runde + "/indsatser/i1"), Role.PLANNER), 200, "#report-form",
                        "Status of the initiative", "Status for indsatsen"),
                new Page("round history", () -> as(get(runde + "/indsatser/i1/historik"), Role.PLANNER), 200, "main",
                        "The report has not been submitted yet.", "Indberetningen er endnu ikke indsendt."),
                new Page("round results", () -> as(get(runde + "/resultater"), Role.PLANNER), 200, "h1",
                        "Upload results from a spreadsheet", "Indlæs resultater fra regneark"),
                new Page("round results with errors", () -> as(multipart(runde + "/resultater").file(new MockMultipartFile("file",
                        "resultater.csv", "text/csv", ("Mål-id;Indsats-id;Enheds-id;Værdi\r\ni1-g1;i1;" + RoundFixtures.MUSVAAGEVEJ
                                + ";mange\r\n").getBytes(StandardCharsets.UTF_8))).with(csrf()), Role.PLANNER),
                        200, "#upload-errors thead", "Row", "Række"),
                new Page("audit trail", () -> as(get("/audit"), Role.ADMIN), 200, "h1", "Audit trail", "Revisionsspor"),
                new Page("goal's history", () -> as(get("/plans/" + PLAN + "/goals/" + goal + "/history"), Role.PLANNER), 200,
                        "h1", "History of the goal", "Målets historik"),
                new Page("account", () -> as(get("/account"), Role.READER), 200, "h1", "My account", "Min konto"),
                new Page("API tokens", () -> as(get("/admin/api-tokens"), Role.ADMIN), 200, "#api-tokens", "never", "aldrig"),
                new Page("sessions", () -> as(get("/admin/sessions"), Role.ADMIN), 200, "#accounts",
                        "Sign out everywhere", "Log ud overalt"),
                new Page("backup", () -> as(get("/admin/backup"), Role.ADMIN), 200, "h2", "Download a backup",
                        "Hent en sikkerhedskopi"),
                new Page("money", () -> as(get("/plans/" + GRANT + "/okonomi"), Role.PLANNER), 200, "main",
                        "Carried over from the year before", "Overført fra året før"),
                new Page("money with budgets", () -> as(get("/plans/" + PLAN + "/okonomi"), Role.PLANNER), 200, "#budgets h2",
                        "Budget per initiative", "Budget pr. indsats"),
                new Page("scenarios", () -> as(get("/plans/" + CATALOGUE + "/scenarier?" + picked), Role.PLANNER), 200,
                        "#scenario-result h2", "The scenario's money", "Scenariets økonomi"),
                new Page("plan", () -> as(get("/plans/" + PLAN), Role.PLANNER), 200, ".pejling-facts",
                        "Yes, since", "Ja, siden"),
                new Page("plan as it stood", () -> as(get("/plans/" + PLAN + "?asOf=" + LocalDate.now()), Role.READER), 200,
                        "#as-of-banner", "You are looking at an earlier version of the plan.",
                        "Du ser en tidligere udgave af planen."),
                new Page("initiative", () -> as(get("/plans/" + PLAN + "/initiatives/i1"), Role.READER), 200, "main",
                        "History of the goal", "Historik for målet"),
                new Page("public plans", () -> get("/offentlig/plans"), 200, "h1", "Public plans", "Offentlige planer"),
                new Page("public plan", () -> get("/offentlig/plans/" + PLAN), 200, ".pejling-facts", "Kind", "Type"),
                new Page("sign-in", () -> get("/login?ended"), 200, "main", "Your session has ended.",
                        "Din session er afsluttet."));

        List<String> danish = danishTexts();
        return pages.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Document english = page(p, p.request().get().cookie(ENGLISH));
            assertThat(shown(english.select(p.selector()))).as("English on %s", p.name()).contains(p.english());
            String shown = shownText(english);
            assertThat(shown).as("a message key without its English on %s", p.name()).doesNotContain("??");
            assertThat(danish.stream().filter(shown::contains)).as("Danish texts on the English page %s", p.name()).isEmpty();

            Document byDefault = page(p, p.request().get());
            assertThat(shown(byDefault.select(p.selector()))).as("Danish on %s by default", p.name()).contains(p.danish());
        }));
    }

    private static AbstractMockHttpServletRequestBuilder<?> as(AbstractMockHttpServletRequestBuilder<?> request, Role role) {
        return request.with(signedIn(role));
    }

    private static RequestPostProcessor signedIn(Role role) {
        return user(PLANNER).roles(role.name());
    }

    private Document page(Page page, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", page.name()).isEqualTo(page.status());
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * What a person reads or hears of the page: its title, its text and the names given to controls
     * and images; without the plans' own words (their titles, goals and texts, and the status phrases
     * Pejling writes in the committee's Danish), which are data in whichever language the page is.
     */
    private static String shownText(Document page) {
        Document copy = page.clone();
        copy.select(".pejling-phrase").remove();
        return copy.title() + "\n" + shown(new Elements(copy.body()));
    }

    /** The text of the elements and the names given to them and to what they hold. */
    private static String shown(Elements elements) {
        StringBuilder out = new StringBuilder(elements.text());
        for (Element e : elements.select("[aria-label], [title], [placeholder], [alt]")) {
            for (String name : List.of("aria-label", "title", "placeholder", "alt")) {
                out.append('\n').append(e.attr(name));
            }
        }
        return out.toString();
    }

    /**
     * The Danish texts of messages.properties that differ from their English ones, as a page shows
     * them: without markup, and in the parts between their arguments, where those are long enough to check.
     */
    private static List<String> danishTexts() throws IOException {
        Properties danish = read("messages.properties");
        Properties english = read("messages_en.properties");
        TreeMap<String, String> texts = new TreeMap<>();
        for (String key : danish.stringPropertyNames()) {
            String da = danish.getProperty(key);
            if (da.equals(english.getProperty(key))) {
                continue;
            }
            boolean formatted = da.matches("(?s).*\\{\\d+.*");
            String shown = (formatted ? da.replace("''", "'") : da).replaceAll("<[^>]+>", "");
            for (String part : shown.split("\\{\\d+[^}]*}")) {
                if (part.strip().length() >= SHORTEST_CHECKED) {
                    texts.put(part.strip(), key);
                }
            }
        }
        return new ArrayList<>(texts.keySet());
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
