package dk.pejling.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanEditing;
import dk.pejling.plan.PlanEdits;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The edit pages through HTTP: who may use them, what a bad or stale form does, and the language switch. */
@PejlingTest
@AutoConfigureMockMvc
class PlanEditPagesTest {

    private static final String PLAN = "rediger-fritidsjob";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    PlanEditing editing;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void smallPlan() {
        Plan plan = PlanEdits.newPlan(PLAN, "Fritidsjob", new PlanPeriod(Period.year(2020), Period.year(2022)),
                "Handleplan", "BIU", List.of());
        plan = PlanEdits.addInitiative(plan, null, PlanEdits.newInitiative("i1", new PlanEdits.InitiativeFacts(
                "7", "Samarbejde med Fiskeriet", null, List.of(), null, null, null, List.of())));
        plans.replace(plan);
    }

    private static RequestPostProcessor as(Role role) {
        return user(role.name().toLowerCase()).roles(role.name());
    }

    private String revision() {
        return plans.revision(PLAN).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans/new", "/plans/" + PLAN + "/edit", "/plans/" + PLAN + "/edit/facts",
        "/plans/" + PLAN + "/edit/sections/new", "/plans/" + PLAN + "/edit/initiatives/new",
        "/plans/" + PLAN + "/edit/initiatives/i1", "/plans/" + PLAN + "/edit/goals/new?initiative=i1"})
    void showsTheFormsToPlannersAndAdminsOnlyAndSendsAnonymousToSignIn(String path) throws Exception {
        mvc.perform(get(path).with(as(Role.PLANNER))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(Role.READER))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(as(Role.UNIT_REPORTER))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans/new", "/plans/" + PLAN + "/edit/facts", "/plans/" + PLAN + "/edit/sections/new",
        "/plans/" + PLAN + "/edit/initiatives/new", "/plans/" + PLAN + "/edit/initiatives/i1",
        "/plans/" + PLAN + "/edit/initiatives/i1/delete", "/plans/" + PLAN + "/edit/goals/new"})
    void refusesSavesByReadersAndUnitReportersAndChangesNothing(String path) throws Exception {
        String before = revision();
        for (Role role : List.of(Role.READER, Role.UNIT_REPORTER)) {
            mvc.perform(post(path).with(as(role)).with(csrf()).param("revision", before).param("title", "Ændret")
                            .param("start", "2020").param("end", "2022"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(path).with(csrf()).param("title", "Ændret")).andExpect(status().is3xxRedirection());
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void showsEveryErrorInDanishNamingTheFieldAndSavesNothing() throws Exception {
        String before = revision();
        Document page = html(post("/plans/" + PLAN + "/edit/initiatives/new").with(as(Role.PLANNER)).with(csrf())
                .param("revision", before).param("title", " ").param("start", "sidste år").param("budget-2021", "mange"));

        assertThat(page.select("#form-problem .alert-heading").text()).isEqualTo("Formularen har fejl, og intet er gemt.");
        assertThat(page.select("#group-title .form-error-message").text()).contains("Titel skal udfyldes.");
        assertThat(page.select("#group-start .form-error-message").text())
                .contains("Start skal være et år, et kvartal eller en måned");
        assertThat(page.select("#group-budget-2021 .form-error-message").text())
                .contains("Budget 2021 (kr.) skal være et tal");
        assertThat(page.select("#budget-2021").attr("value")).as("what was typed stays").isEqualTo("mange");
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void aNumberTooLargeOrTooFineToStoreIsRefusedBesideItsFieldNotAnsweredWithAnError() throws Exception {
        String before = revision();
        Document page = html(post("/plans/" + PLAN + "/edit/initiatives/new").with(as(Role.PLANNER)).with(csrf())
                .param("revision", before).param("title", "Stor").param("start", "2020")
                .param("budget-2021", "1" + "0".repeat(30)).param("budget-2020", "1,123456789"));

        assertThat(page.select("#group-budget-2021 .form-error-message").text()).contains("Budget 2021 (kr.)");
        assertThat(page.select("#group-budget-2020 .form-error-message").text()).contains("Budget 2020 (kr.)");
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void aPlannerAdoptsTheDraftOnTheFactsFormAndReadersThenSeeIt() throws Exception {
        assertThat(plans.find(PLAN).orElseThrow().status()).isEqualTo(dk.pejling.plan.PlanStatus.DRAFT);
        mvc.perform(get("/plans/" + PLAN).with(as(Role.READER))).andExpect(status().isNotFound());

        mvc.perform(post("/plans/" + PLAN + "/edit/facts").with(as(Role.PLANNER)).with(csrf()).param("revision", revision())
                        .param("status", "ADOPTED").param("title", "Fritidsjob").param("start", "2020").param("end", "2022"))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.find(PLAN).orElseThrow().status()).isEqualTo(dk.pejling.plan.PlanStatus.ADOPTED);
        mvc.perform(get("/plans/" + PLAN).with(as(Role.READER))).andExpect(status().isOk());
    }

    @Test
    void refusesAStaleFormWithADanishMessageAndKeepsTheOtherChange() throws Exception {
        String opened = revision();
        editing.edit(PLAN, opened, p -> PlanEdits.editInitiative(p, "i1", new PlanEdits.InitiativeFacts(
                "7", "Ændret af en anden", null, List.of(), null, null, null, List.of())));

        Document page = Jsoup.parse(mvc.perform(post("/plans/" + PLAN + "/edit/initiatives/i1").with(as(Role.PLANNER))
                        .with(csrf()).param("revision", opened).param("title", "Min ændring"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#form-problem").text()).contains("Planen er ændret af en anden");
        assertThat(plans.find(PLAN).orElseThrow().initiative("i1").orElseThrow().title()).isEqualTo("Ændret af en anden");
    }

    @Test
    void changingATargetAsksForTheDecisionAndKeepsTheOldTargetInTheHistory() throws Exception {
        mvc.perform(post("/plans/" + PLAN + "/edit/goals/new").with(as(Role.PLANNER)).with(csrf())
                        .param("revision", revision()).param("initiative", "i1").param("kind", "RESULT")
                        .param("text", "250 unge kommer i fritidsjob.").param("unit", "COUNT").param("direction", "AT_LEAST"))
                .andExpect(status().is3xxRedirection());
        String goal = plans.find(PLAN).orElseThrow().allGoals().get(0).id();
        String target = "/plans/" + PLAN + "/edit/goals/" + goal + "/target";
        mvc.perform(post(target).with(as(Role.PLANNER)).with(csrf()).param("revision", revision())
                        .param("period", "2021").param("value", "250"))
                .andExpect(status().is3xxRedirection());

        Document asked = html(post(target).with(as(Role.PLANNER)).with(csrf()).param("revision", revision())
                .param("period", "2021").param("value", "195"));
        assertThat(asked.select("#group-decisionBy .form-error-message").text())
                .contains("Besluttet af skal udfyldes, fordi målet for 2021 ændres fra 250.");
        assertThat(plans.find(PLAN).orElseThrow().goal(goal).orElseThrow().target(Period.year(2021)).orElseThrow().value())
                .isEqualByComparingTo("250");

        mvc.perform(post(target).with(as(Role.PLANNER)).with(csrf()).param("revision", revision())
                        .param("period", "2021").param("value", "195").param("decisionBy", "BIU")
                        .param("decisionDate", "2020-11-23").param("decisionText", "Nedjusteret pga. Covid-19."))
                .andExpect(status().is3xxRedirection());

        assertThat(plans.find(PLAN).orElseThrow().goal(goal).orElseThrow().target(Period.year(2021)).orElseThrow().value())
                .isEqualByComparingTo("195");
        Document history = html(get(target).with(as(Role.PLANNER)));
        assertThat(history.select("#target-history tbody tr").text()).contains("2021", "250", "195", "BIU", "23.11.2020");
    }

    @Test
    void checksOneFieldWithoutSavingWhenHtmxAsks() throws Exception {
        String before = revision();
        Document page = html(post("/plans/" + PLAN + "/edit/sections/new").with(as(Role.PLANNER)).with(csrf())
                .header("HX-Request", "true").param("_validate", "1").param("revision", before).param("title", "Unge"));

        assertThat(page.select("#group-title .form-error-message")).isEmpty();
        assertThat(revision()).isEqualTo(before);
        assertThat(plans.find(PLAN).orElseThrow().sections()).isEmpty();
    }

    @Test
    void speaksEnglishWhenChosenAndRemembersItOnTheAccount() throws Exception {
        if (!accounts.exists("sprog")) {
            accounts.create("sprog", "Sprog", "sprog-password-1", Role.PLANNER);
        }
        RequestPostProcessor person = user("sprog").roles(Role.PLANNER.name());
        assertThat(html(get("/plans").with(person)).select("h1").text()).isEqualTo("Planer");

        mvc.perform(post("/language").with(person).with(csrf()).param("lang", "en").header("Referer", "http://localhost/plans"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/plans"));

        assertThat(accounts.language("sprog")).contains("en");
        Document english = html(get("/plans").with(person));
        assertThat(english.select("h1").text()).isEqualTo("Plans");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void remembersAnAnonymousChoiceInACookie() throws Exception {
        Cookie chosen = mvc.perform(post("/language").with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("pejling-sprog");
        assertThat(chosen).isNotNull();
        assertThat(Jsoup.parse(mvc.perform(get("/login").cookie(chosen)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void aSignedInPersonWhoseAccountHasNoChoiceKeepsTheCookiesLanguageOnTheWholePage() throws Exception {
        if (!accounts.exists("sprog-cookie")) {
            accounts.create("sprog-cookie", "Sprog Cookie", "sprog-password-2", Role.PLANNER);
        }
        RequestPostProcessor person = user("sprog-cookie").roles(Role.PLANNER.name());
        MockHttpSession session = new MockHttpSession();
        // Twice in one session: the account's lack of a choice is kept in the session after the first.
        for (int request = 0; request < 2; request++) {
            Document page = html(get("/plans/upload").with(person).session(session).cookie(new Cookie("pejling-sprog", "en")));
            assertThat(page.select(".skipnav").text()).isEqualTo("Skip to content");
            assertThat(page.select("h1").text()).isEqualTo("Upload plan");
        }
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
