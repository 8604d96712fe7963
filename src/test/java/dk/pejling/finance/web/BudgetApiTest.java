package dk.pejling.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.YearAmount;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The budget frame and initiative budgets over the API (seed 000's plan), who may change them, and
 * seed 004's grant conditions in the finance answer.
 */
@PejlingTest
@AutoConfigureMockMvc
class BudgetApiTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String GRANT_PLAN = "kk-jobkonsulentpulje-2007";
    private static final String FRAMES = "/api/v1/plans/" + PLAN + "/budget-frames";
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");
    private static final RequestPostProcessor PLANNER = httpBasic("planner", "planner-password-1");
    private static final RequestPostProcessor READER = httpBasic("reader", "reader-password-1");
    private static final RequestPostProcessor REPORTER = httpBasic("reporter", "reporter-password-1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void importSeeds() throws Exception {
        for (String plan : List.of(PLAN, GRANT_PLAN)) {
            String yaml = new ClassPathResource("demo/" + plan + ".yaml").getContentAsString(StandardCharsets.UTF_8);
            importer.importBundle(yaml, BundleFormat.YAML, true);
        }
        account("planner", "planner-password-1", Role.PLANNER);
        account("reader", "reader-password-1", Role.READER);
        account("reporter", "reporter-password-1", Role.UNIT_REPORTER);
    }

    private void account(String name, String password, Role role) {
        if (!accounts.exists(name)) {
            accounts.create(name, name, password, role);
        }
    }

    @Test
    void aPlannerSetsTheFrameAndTheFinanceAnswerShowsWhatIsLeftOrOverPerYear() throws Exception {
        JsonNode answer = putJson(FRAMES, PLANNER, "[{\"year\": 2019, \"amount\": 100000000}, {\"year\": 2020, \"amount\": 1}]", 200);

        assertThat(answer.get("frame")).hasSize(2);
        JsonNode y2019 = answer.get("frame").get(0);
        assertThat(y2019.get("over").asBoolean()).isFalse();
        assertThat(y2019.get("left").decimalValue().add(y2019.get("total").decimalValue()))
                .isEqualByComparingTo("100000000");
        assertThat(answer.get("frame").get(1).get("over").asBoolean()).isTrue();
        assertThat(plans.find(PLAN).orElseThrow().budgetFrame(2019)).contains(new BigDecimal("100000000"));
        // the frame is part of the plan, so it travels with its bundle
        String bundle = mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle").with(READER).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(bundle).get("plan").get("budgetFrame").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("100000000");
    }

    @Test
    void aRefusedFrameNamesEachBadLineInDanishAndChangesNothing() throws Exception {
        putJson(FRAMES, ADMIN, "[{\"year\": 2019, \"amount\": 5000000}]", 200);

        JsonNode problem = putJson(FRAMES, ADMIN,
                "[{\"year\": 2019, \"amount\": 7000000}, {\"year\": 2031, \"amount\": 1}, {\"year\": 2020, \"amount\": -3}, {\"year\": 2021}]",
                400);

        assertThat(problem.get("title").asString()).isEqualTo("Invalid budget");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asString()).containsExactly("[1]", "[2]", "[3]");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("Rammen 2031: 2031 ligger uden for planens periode 2019–2022.");
        assertThat(problem.get("errors").get(1).get("message").asString()).isEqualTo("Rammen 2020: beløbet må ikke være negativt.");
        assertThat(problem.get("errors").get(2).get("message").asString()).isEqualTo("Rammen 2021: beløbet mangler.");
        assertThat(plans.find(PLAN).orElseThrow().budgetFrame()).containsExactly(new YearAmount(2019, new BigDecimal("5000000")));
    }

    @Test
    void aPlannerReplacesAnInitiativesBudgetPerYear() throws Exception {
        String initiative = plans.find(PLAN).orElseThrow().allInitiatives().get(0).id();

        JsonNode answer = putJson("/api/v1/plans/" + PLAN + "/initiatives/" + initiative + "/budget", PLANNER,
                "[{\"year\": 2021, \"amount\": 1234567.5}, {\"year\": 2019, \"amount\": 0}]", 200);

        assertThat(plans.find(PLAN).orElseThrow().initiative(initiative).orElseThrow().budget()).containsExactly(
                new YearAmount(2019, BigDecimal.ZERO), new YearAmount(2021, new BigDecimal("1234567.5")));
        assertThat(answer.get("initiatives").get(0).get("perYear").get("2021").decimalValue()).isEqualByComparingTo("1234567.5");
    }

    @Test
    void anUnknownInitiativeOrPlanIsNotFound() throws Exception {
        putJson("/api/v1/plans/" + PLAN + "/initiatives/nope/budget", ADMIN, "[]", 404);
        putJson("/api/v1/plans/nope/budget-frames", ADMIN, "[]", 404);
    }

    @Test
    void readersAndUnitReportersMayReadTheMoneyButNotChangeItAndStrangersNeither() throws Exception {
        String initiativeBudget = "/api/v1/plans/" + PLAN + "/initiatives/"
                + plans.find(PLAN).orElseThrow().allInitiatives().get(0).id() + "/budget";
        mvc.perform(get("/api/v1/plans/" + PLAN + "/finance").with(READER)).andExpect(status().isOk());
        // The plan's money is plan-wide: a unit reporter reaches only their units' work.
        mvc.perform(get("/api/v1/plans/" + PLAN + "/finance").with(REPORTER)).andExpect(status().isForbidden());
        for (RequestPostProcessor who : List.of(READER, REPORTER)) {
            mvc.perform(put(FRAMES).with(who).contentType(MediaType.APPLICATION_JSON).content("[]"))
                    .andExpect(status().isForbidden());
            mvc.perform(put(initiativeBudget).with(who).contentType(MediaType.APPLICATION_JSON).content("[]"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put(FRAMES).contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plans/" + PLAN + "/finance")).andExpect(status().isUnauthorized());
        assertThat(plans.find(PLAN).orElseThrow().budgetFrame()).isEmpty();
    }

    @Test
    void answersSeed004sSalaryOnlyConditionAndWarnsOnceItIsMarkedBroken() throws Exception {
        JsonNode grant = finance(GRANT_PLAN).get("grants").get(0);
        assertThat(grant.get("conditions").get(0).get("kind").asString()).isEqualTo("salary_only");
        assertThat(grant.get("warnings")).noneMatch(w -> w.get("kind").asString().equals("condition_broken"));

        Plan plan = plans.find(GRANT_PLAN).orElseThrow();
        plans.replace(plan.withGrant("jobkonsulentpulje", g -> g.withTerms(List.of(new GrantCondition(
                g.terms().get(0).text(), GrantCondition.Kind.SALARY_ONLY, true, "Husleje betalt af puljen")))));

        JsonNode warned = finance(GRANT_PLAN).get("grants").get(0);
        assertThat(warned.get("conditions").get(0).get("broken").asBoolean()).isTrue();
        assertThat(warned.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("kind").asString()).isEqualTo("condition_broken");
            assertThat(w.get("condition").asString()).isEqualTo("Bevillingen gives alene til dækning af kommunale lønudgifter.");
        });
    }

    private JsonNode finance(String planId) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/plans/" + planId + "/finance").with(READER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aFrameSentWithTheRevisionItWasReadAtIsRefusedWhenThePlanChangedSinceAndStoredWhenNot() throws Exception {
        String read = plans.revision(PLAN).orElseThrow();
        String initiative = plans.find(PLAN).orElseThrow().allInitiatives().get(0).id();
        // Someone else sets an initiative's budget after the frame's sender read the plan.
        putJson("/api/v1/plans/" + PLAN + "/initiatives/" + initiative + "/budget", ADMIN,
                "[{\"year\": 2020, \"amount\": 5000}]", 200);
        Plan afterOther = plans.find(PLAN).orElseThrow();

        String problem = mvc.perform(put(FRAMES).with(PLANNER).header("If-Match", "\"" + read + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"year\": 2019, \"amount\": 7300000}]"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(problem).get("type").asText()).isEqualTo("/problems/plan-changed");
        assertThat(plans.find(PLAN).orElseThrow()).isEqualTo(afterOther);

        mvc.perform(put(FRAMES).with(PLANNER).header("If-Match", "\"" + plans.revision(PLAN).orElseThrow() + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"year\": 2019, \"amount\": 7300000}]"))
                .andExpect(status().isOk());
        Plan stored = plans.find(PLAN).orElseThrow();
        assertThat(stored.budgetFrame()).extracting(YearAmount::year).containsExactly(2019);
        // The other person's budget is still there: a change is never written over.
        assertThat(stored.initiative(initiative).orElseThrow().budget()).contains(new YearAmount(2020, new BigDecimal("5000")));
    }

    private JsonNode putJson(String path, RequestPostProcessor who, String body, int expected) throws Exception {
        String answer = mvc.perform(put(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
    }
}
