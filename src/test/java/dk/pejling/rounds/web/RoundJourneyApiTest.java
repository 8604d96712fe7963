package dk.pejling.rounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole status round through the API, as a planner and two job centres live it: the planner
 * opens the round, both units report, one report is returned and corrected, the planner approves
 * both and the figures reach the plan's assessments, the round closes and locks, and a planner's
 * correction after the close is kept with its reason.
 */
@PejlingTest
@AutoConfigureMockMvc
class RoundJourneyApiTest {

    private static final RequestPostProcessor PLANNER = httpBasic("planlaegger", "password-planlaegger");
    private static final RequestPostProcessor MUSVAAGEVEJ = httpBasic("musvaagevej", "password-musvaagevej");
    private static final RequestPostProcessor NYROPSGADE = httpBasic("nyropsgade", "password-nyropsgade");

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    private final JsonMapper json = JsonMapper.builder().build();
    private Plan plan;
    private String rounds;

    @BeforeEach
    void planWithUnitsAndAccounts() {
        plan = RoundFixtures.plan(importer, plans);
        rounds = "/api/v1/plans/" + plan.id() + "/rounds";
        RoundFixtures.account(accounts, "planlaegger", Role.PLANNER);
        RoundFixtures.account(accounts, "musvaagevej", Role.UNIT_REPORTER, RoundFixtures.MUSVAAGEVEJ);
        RoundFixtures.account(accounts, "nyropsgade", Role.UNIT_REPORTER, RoundFixtures.NYROPSGADE);
    }

    @Test
    void runsARoundFromOpeningToACorrectionAfterTheClose() throws Exception {
        long id = open("2021", "\"i1\", \"i3\"");
        String round = rounds + "/" + id;

        // JC Musvågevej reports nr. 1: 400 participants, 80 pct. placed against 90 pct.
        saveGoal(round, "i1", "i1-g1", MUSVAAGEVEJ, "{\"version\": 0, \"value\": 400, \"asOf\": \"2021-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        saveGoal(round, "i1", "i1-g2", MUSVAAGEVEJ, "{\"version\": 0, \"value\": 80}").andExpect(status().isOk());
        mvc.perform(get(round + "/initiatives/i1").with(MUSVAAGEVEJ))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[1].effective").value("not_achieved"))
                .andExpect(jsonPath("$.goals[1].phrase").value("Målet er ikke opnået (80 pct.)."))
                .andExpect(jsonPath("$.goals[1].remarkMissing").value(true));
        // Not met and no remark: not submitted.
        mvc.perform(post(round + "/initiatives/i1/submit").with(MUSVAAGEVEJ))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.goals[0]").value("i1-g2"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("skriv en bemærkning")));
        saveGoal(round, "i1", "i1-g2", MUSVAAGEVEJ,
                        "{\"version\": 1, \"value\": 80, \"remark\": \"Færre virksomheder tog imod praktikanter.\"}")
                .andExpect(status().isOk());
        mvc.perform(put(round + "/initiatives/i1/narrative").with(MUSVAAGEVEJ).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"text\": \"Indsatsen kører som planlagt.\", \"asOf\": \"2022-01-10\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(round + "/initiatives/i1/submit").with(MUSVAAGEVEJ))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("submitted"));
        // Submitted reports are locked for the unit.
        saveGoal(round, "i1", "i1-g1", MUSVAAGEVEJ, "{\"version\": 1, \"value\": 401}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("sendt til godkendelse")));

        // JC Nyropsgade reports nr. 3, a qualitative goal judged by hand among them.
        saveGoal(round, "i3", "i3-g1", NYROPSGADE, "{\"version\": 0, \"value\": 31}").andExpect(status().isOk());
        saveGoal(round, "i3", "i3-g2", NYROPSGADE, "{\"version\": 0, \"assessment\": \"achieved\"}")
                .andExpect(status().isOk());
        mvc.perform(post(round + "/initiatives/i3/submit").with(NYROPSGADE)).andExpect(status().isOk());

        // The planner returns nr. 3; the unit sees why, corrects and submits again.
        mvc.perform(post(round + "/initiatives/i3/return").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Tallet for deltagere skal være pr. 31.12.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("returned"));
        mvc.perform(get(round + "/initiatives/i3").with(NYROPSGADE))
                .andExpect(jsonPath("$.state").value("returned"))
                .andExpect(jsonPath("$.reviewComment").value("Tallet for deltagere skal være pr. 31.12."));
        saveGoal(round, "i3", "i3-g1", NYROPSGADE, "{\"version\": 1, \"value\": 33, \"asOf\": \"2021-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(post(round + "/initiatives/i3/submit").with(NYROPSGADE)).andExpect(status().isOk());

        // The overview, before the approvals.
        mvc.perform(get(round).with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initiatives[0].initiativeId").value("i1"))
                .andExpect(jsonPath("$.initiatives[0].state").value("submitted"))
                .andExpect(jsonPath("$.initiatives[0].units[0]").value("JC Musvågevej"))
                .andExpect(jsonPath("$.initiatives[1].state").value("submitted"));

        // Approvals write into the plan, and the assessments judge the new figures.
        mvc.perform(post(round + "/initiatives/i1/approve").with(PLANNER)).andExpect(jsonPath("$.state").value("approved"));
        mvc.perform(post(round + "/initiatives/i3/approve").with(PLANNER)).andExpect(jsonPath("$.state").value("approved"));
        Plan approved = plans.find(plan.id()).orElseThrow();
        assertThat(approved.goal("i1-g1").orElseThrow().result(Period.year(2021)).orElseThrow().value())
                .isEqualByComparingTo("400");
        assertThat(approved.goal("i3-g1").orElseThrow().result(Period.year(2021)).orElseThrow().value())
                .isEqualByComparingTo("33");
        assertThat(approved.initiative("i1").orElseThrow().remarks())
                .anySatisfy(r -> assertThat(r.text()).isEqualTo("Færre virksomheder tog imod praktikanter."));
        assertThat(approved.initiative("i1").orElseThrow().reports())
                .anySatisfy(r -> assertThat(r.text()).isEqualTo("Indsatsen kører som planlagt."));
        // Earlier years are untouched.
        assertThat(approved.goal("i1-g1").orElseThrow().result(Period.year(2020)).orElseThrow().value())
                .isEqualByComparingTo("537");
        JsonNode assessments = json.readTree(mvc.perform(get("/api/v1/plans/" + plan.id() + "/assessments?periods=2021")
                        .with(PLANNER))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(assessments.toString()).contains("Målet er opnået (400).", "Målet er ikke opnået (80 pct.).");

        // The round closes; its figures are locked for the units, and a planner needs a reason.
        mvc.perform(post(round + "/close").with(PLANNER)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("closed"));
        saveGoal(round, "i3", "i3-g1", NYROPSGADE, "{\"version\": 2, \"value\": 34}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Runden er lukket")));
        saveGoal(round, "i3", "i3-g1", PLANNER, "{\"version\": 2, \"value\": 34}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("begrundelse")));
        saveGoal(round, "i3", "i3-g1", PLANNER,
                        "{\"version\": 2, \"value\": 34, \"asOf\": \"2021-12-31\", \"reason\": \"Danmarks Statistik har opdateret tallet.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
        assertThat(plans.find(plan.id()).orElseThrow().goal("i3-g1").orElseThrow().result(Period.year(2021))
                        .orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("34"));
        mvc.perform(get(round + "/initiatives/i3/history").with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.itemId == 'i3-g1')].version").value(Matchers.contains(1, 2, 3)))
                .andExpect(jsonPath("$[?(@.itemId == 'i3-g1' && @.version == 3)].changedBy").value(Matchers.contains("planlaegger")))
                .andExpect(jsonPath("$[?(@.itemId == 'i3-g1' && @.version == 3)].reason")
                        .value(Matchers.contains("Danmarks Statistik har opdateret tallet.")))
                .andExpect(jsonPath("$[?(@.itemId == 'i3-g1' && @.version == 3)].changes[0].before").value(Matchers.contains("33")))
                .andExpect(jsonPath("$[?(@.itemId == 'i3-g1' && @.version == 3)].changes[0].after").value(Matchers.contains("34")));
        mvc.perform(post(round + "/close").with(PLANNER)).andExpect(status().isConflict());
    }

    @Test
    void refusesTheSecondOfTwoSavesOfTheSameVersionShowingWhatTheFirstChanged() throws Exception {
        long id = open("2021-Q1", "\"i1\"");
        String round = rounds + "/" + id;
        saveGoal(round, "i1", "i1-g1", MUSVAAGEVEJ, "{\"version\": 0, \"value\": 90}").andExpect(status().isOk());
        saveGoal(round, "i1", "i1-g1", PLANNER, "{\"version\": 0, \"value\": 95}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/entry-conflict"))
                .andExpect(jsonPath("$.changedBy").value("musvaagevej"))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changes[0].field").value("Værdi"))
                .andExpect(jsonPath("$.changes[0].after").value("90"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("musvaagevej har gemt en nyere udgave")));
        mvc.perform(get(round + "/initiatives/i1").with(PLANNER)).andExpect(jsonPath("$.goals[0].entry.values.value").value(90));
    }

    @Test
    void refusesARoundWithoutDeadlineOrOutsideThePlanInDanish() throws Exception {
        mvc.perform(post(rounds).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2021\", \"initiatives\": [\"i1\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Angiv en frist for indberetningen."));
        mvc.perform(post(rounds).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2030\", \"deadline\": \"2031-01-31\", \"initiatives\": [\"i1\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("uden for planens periode")));
        mvc.perform(post(rounds).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2021\", \"deadline\": \"2022-01-31\", \"initiatives\": [\"i99\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(rounds).with(PLANNER).contentType(MediaType.APPLICATION_JSON).content("{\"period\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(get(rounds).with(PLANNER)).andExpect(jsonPath("$.length()").value(0));
    }

    private long open(String period, String initiatives) throws Exception {
        String body = mvc.perform(post(rounds).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"" + period + "\", \"deadline\": \"2022-01-31\", \"initiatives\": ["
                                + initiatives + "]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("id").asLong();
    }

    private ResultActions saveGoal(String round, String initiative, String goal, RequestPostProcessor who, String body)
            throws Exception {
        MockHttpServletRequestBuilder request = put(round + "/initiatives/" + initiative + "/goals/" + goal)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return mvc.perform(request);
    }
}
