package dk.pejling.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Origin;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.DanishFormat;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 004's grant account (puljeregnskab) and the seed 002 catalogue over the API: the ledger's
 * figures as the source states them, and a scenario tried within a frame, then adopted and stored.
 */
@PejlingTest
@AutoConfigureMockMvc
class FinanceApiTest {

    private static final String GRANT_PLAN = "kk-jobkonsulentpulje-2007";
    private static final String CATALOGUE = "kk-bruttokatalog-integrationshandleplan-2019-22";
    private static final String ADOPTED = "kk-scenarie-integration-2019-22";
    private static final String SCENARIOS = "/api/v1/plans/" + CATALOGUE + "/scenarios";
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");
    private static final RequestPostProcessor READER = httpBasic("reader", "reader-password-1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** i1 at one and a half times its 350 borgere (6,6 mio. kr.), i2 and i5 as stated (2,9 mio. kr. each). */
    private static final String SCENARIO = """
            {"planId": "%s", "title": "Integrationshandleplan efter scenarie",
             "years": [2019, 2020, 2021, 2022],
             "initiatives": [{"id": "i1", "scale": 1.5}, {"id": "i2"}, {"id": "i5"}],
             "frame": {"2019": %s, "2020": 20000000, "2021": 20000000, "2022": 20000000}}""";

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
        for (String plan : List.of(GRANT_PLAN, CATALOGUE)) {
            String yaml = new ClassPathResource("demo/" + plan + ".yaml").getContentAsString(StandardCharsets.UTF_8);
            importer.importBundle(yaml, BundleFormat.YAML, true);
        }
        plans.delete(ADOPTED);
        if (!accounts.exists("reader")) {
            accounts.create("reader", "Læser", "reader-password-1", Role.READER);
        }
    }

    /** The adopted plan would otherwise show in other tests' plan lists. */
    @AfterEach
    void removeAdoptedPlan() {
        plans.delete(ADOPTED);
    }

    @Test
    void answersSeed004sLedgerWith71ConsultantsBought93AllocatedAndTheAllocationCostOf14Point53Million() throws Exception {
        JsonNode grant = finance(GRANT_PLAN).get("grants").get(0);
        JsonNode y2007 = year(grant, 2007);

        assertThat(y2007.get("awardStaff").decimalValue()).isEqualByComparingTo("71");
        assertThat(y2007.get("allocatedStaff").decimalValue()).isEqualByComparingTo("93");
        BigDecimal cost = y2007.get("allocationCost").decimalValue();
        assertThat(cost).isEqualByComparingTo("14531250");
        assertThat(DanishFormat.millions(cost, 2)).isEqualTo("14,53 mio. kr.");
        assertThat(y2007.get("staffByUnit")).hasSizeGreaterThan(1);
    }

    @Test
    void answersThePoolOf2008As40Point9MillionAndItsExpectedCostAs34Point9Million() throws Exception {
        JsonNode y2008 = year(finance(GRANT_PLAN).get("grants").get(0), 2008);

        assertThat(DanishFormat.millions(y2008.get("pool").decimalValue(), 1)).isEqualTo("40,9 mio. kr.");
        assertThat(DanishFormat.millions(y2008.get("allocationCost").decimalValue(), 1)).isEqualTo("34,9 mio. kr.");
        assertThat(y2008.get("carryInDecided").asBoolean()).isTrue();
    }

    @Test
    void flagsTheSourcesStatedCostOf2007AsDifferingAndShowsItsStatedPoolAsMatching() throws Exception {
        JsonNode stated = finance(GRANT_PLAN).get("grants").get(0).get("stated");

        JsonNode cost2007 = stated(stated, "expected_cost", 2007);
        assertThat(cost2007.get("statedText").asString()).isEqualTo("14,530 mill. kr.");
        assertThat(cost2007.get("computed").decimalValue()).isEqualByComparingTo("14531250");
        assertThat(cost2007.get("differs").asBoolean()).isTrue();
        assertThat(stated(stated, "pool", 2008).get("differs").asBoolean()).isFalse();
    }

    @Test
    void answersTheAdoptedPlansBudgetPerInitiativeAndYearWithItsTotals() throws Exception {
        mvc.perform(post(SCENARIOS).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(SCENARIO.formatted(ADOPTED, "20000000")))
                .andExpect(status().isCreated());

        JsonNode finance = finance(ADOPTED);

        assertThat(finance.get("years")).extracting(JsonNode::asInt).containsExactly(2019, 2020, 2021, 2022);
        JsonNode i1 = finance.get("initiatives").get(0);
        assertThat(i1.get("initiativeId").asString()).isEqualTo("i1");
        assertThat(i1.get("perYear").get("2021").decimalValue()).isEqualByComparingTo("6600000");
        assertThat(finance.get("totals").get("2022").decimalValue()).isEqualByComparingTo("12400000");
        assertThat(finance.get("grants")).isEmpty();
    }

    @Test
    void aDryRunAnswersTheTotalsPerYearAgainstTheFrameAndStoresNothing() throws Exception {
        JsonNode answer = body(mvc.perform(post(SCENARIOS + "?dryRun=true").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(SCENARIO.formatted(ADOPTED, "10000000")))
                .andExpect(status().isOk()).andReturn());

        assertThat(answer.get("totals").get("2020").decimalValue()).isEqualByComparingTo("12400000");
        JsonNode first = answer.get("frame").get(0);
        assertThat(first.get("year").asInt()).isEqualTo(2019);
        assertThat(first.get("left").decimalValue()).isEqualByComparingTo("-2400000");
        assertThat(first.get("over").asBoolean()).isTrue();
        assertThat(answer.get("frame").get(1).get("left").decimalValue()).isEqualByComparingTo("7600000");
        assertThat(answer.get("withinFrame").asBoolean()).isFalse();
        assertThat(plans.exists(ADOPTED)).isFalse();
    }

    @Test
    void adoptsAScenarioWithinItsFrameAndStoresThePlanWithBudgetsAndLinksToTheCatalogue() throws Exception {
        MvcResult result = mvc.perform(post(SCENARIOS).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(SCENARIO.formatted(ADOPTED, "20000000")))
                .andExpect(status().isCreated()).andReturn();

        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/plans/" + ADOPTED);
        assertThat(body(result).get("withinFrame").asBoolean()).isTrue();
        Plan plan = plans.find(ADOPTED).orElseThrow();
        assertThat(plan.title()).isEqualTo("Integrationshandleplan efter scenarie");
        assertThat(plan.allInitiatives()).extracting(Initiative::id).containsExactly("i1", "i2", "i5");
        Initiative i1 = plan.initiative("i1").orElseThrow();
        assertThat(i1.budget()).extracting(YearAmount::year).containsExactly(2019, 2020, 2021, 2022);
        assertThat(i1.budget()).allSatisfy(b -> assertThat(b.amount()).isEqualByComparingTo("6600000"));
        assertThat(i1.targetGroup().size()).isEqualByComparingTo("525");
        assertThat(i1.origin()).isEqualTo(new Origin(CATALOGUE, "i1", new BigDecimal("1.5")));
        assertThat(plan.initiative("i2").orElseThrow().origin()).isEqualTo(new Origin(CATALOGUE, "i2", null));
        assertThat(plan.initiative("i5").orElseThrow().budget())
                .allSatisfy(b -> assertThat(b.amount()).isEqualByComparingTo("2900000"));
    }

    @Test
    void refusesToAdoptUnderAPlanIdThatIsTaken() throws Exception {
        String request = SCENARIO.formatted(ADOPTED, "20000000");
        mvc.perform(post(SCENARIOS).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isCreated());

        JsonNode problem = body(mvc.perform(post(SCENARIOS).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isConflict()).andReturn());
        assertThat(problem.get("planId").asString()).isEqualTo(ADOPTED);
    }

    @Test
    void refusesUnknownInitiativesAsAProblemNamingThem() throws Exception {
        String request = SCENARIO.formatted(ADOPTED, "20000000").replace("\"i5\"", "\"i99\"");

        MvcResult result = mvc.perform(post(SCENARIOS).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result).get("unknownInitiatives").get(0).asString()).isEqualTo("i99");
        assertThat(plans.exists(ADOPTED)).isFalse();
    }

    @Test
    void refusesYearsWithAGap() throws Exception {
        String request = SCENARIO.formatted(ADOPTED, "20000000").replace("[2019, 2020, 2021, 2022]", "[2019, 2021]");

        JsonNode problem = body(mvc.perform(post(SCENARIOS).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(problem.get("detail").asString()).startsWith("years:");
    }

    @Test
    void aReaderMayReadTheMoneyButNotAdoptAScenario() throws Exception {
        mvc.perform(get("/api/v1/plans/" + GRANT_PLAN + "/finance").with(READER)).andExpect(status().isOk());
        mvc.perform(post(SCENARIOS).with(READER)
                        .contentType(MediaType.APPLICATION_JSON).content(SCENARIO.formatted(ADOPTED, "20000000")))
                .andExpect(status().isForbidden());

        assertThat(plans.exists(ADOPTED)).isFalse();
    }

    private JsonNode finance(String planId) throws Exception {
        return body(mvc.perform(get("/api/v1/plans/" + planId + "/finance").with(ADMIN))
                .andExpect(status().isOk()).andReturn());
    }

    private static JsonNode body(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode year(JsonNode grant, int year) {
        for (JsonNode y : grant.get("years")) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        throw new AssertionError("no year " + year);
    }

    private static JsonNode stated(JsonNode stated, String figure, int year) {
        for (JsonNode s : stated) {
            if (s.get("figure").asString().equals(figure) && s.get("year").asInt() == year) {
                return s;
            }
        }
        throw new AssertionError("no stated " + figure + " " + year);
    }
}
