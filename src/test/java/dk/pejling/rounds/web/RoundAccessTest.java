package dk.pejling.rounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reaches what in a round, endpoint by endpoint: a unit reporter reads and writes its own
 * units' initiatives and no other's, through no page and no API call; review, opening and closing
 * are for planners; readers read the overview and change nothing.
 */
@PejlingTest
@AutoConfigureMockMvc
class RoundAccessTest {

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

    private String api;
    private String pages;
    private String planId;

    @BeforeEach
    void openRound() {
        Plan plan = RoundFixtures.plan(importer, plans);
        planId = plan.id();
        Actor planner = RoundFixtures.account(accounts, "adgang-planner", Role.PLANNER);
        RoundFixtures.account(accounts, "nyropsgade-reporter", Role.UNIT_REPORTER, RoundFixtures.NYROPSGADE);
        RoundFixtures.account(accounts, "musvaagevej-reporter", Role.UNIT_REPORTER, RoundFixtures.MUSVAAGEVEJ);
        RoundFixtures.account(accounts, "adgang-reader", Role.READER);
        Round round = rounds.open(planner, planId, Period.year(2021), LocalDate.of(2022, 1, 31), List.of("i1", "i3"),
                List.of());
        api = "/api/v1/plans/" + planId + "/rounds/" + round.id();
        pages = "/plans/" + planId + "/runder/" + round.id();
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, "password-" + username);
    }

    private static RequestPostProcessor page(String username, Role role) {
        return user(username).roles(role.name());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aUnitReporterReachesNoOtherUnitsInitiativeThroughTheApi() throws Exception {
        RequestPostProcessor other = as("nyropsgade-reporter"); // i1 belongs to JC Musvågevej
        mvc.perform(get(api + "/initiatives/i1").with(other)).andExpect(status().isForbidden());
        mvc.perform(get(api + "/initiatives/i1/history").with(other)).andExpect(status().isForbidden());
        mvc.perform(json(put(api + "/initiatives/i1/goals/i1-g1"), "{\"version\": 0, \"value\": 1}").with(other))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(api + "/initiatives/i1/narrative"), "{\"version\": 0, \"text\": \"x\"}").with(other))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/initiatives/i1/submit").with(other)).andExpect(status().isForbidden());
        // A goal of another unit's initiative, asked for under one's own initiative, is not there.
        mvc.perform(json(put(api + "/initiatives/i3/goals/i1-g1"), "{\"version\": 0, \"value\": 1}").with(other))
                .andExpect(status().isNotFound());
        // Its own initiative it reaches.
        mvc.perform(get(api + "/initiatives/i3").with(other)).andExpect(status().isOk());
        mvc.perform(json(put(api + "/initiatives/i3/goals/i3-g1"), "{\"version\": 0, \"value\": 1}").with(other))
                .andExpect(status().isOk());
        // Its to-do list holds its own initiative only.
        String todo = mvc.perform(get("/api/v1/reporting").with(other)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(todo).contains("\"initiativeId\":\"i3\"").doesNotContain("\"initiativeId\":\"i1\"");
    }

    @Test
    void reviewOpeningClosingAndTheOverviewAreNotForUnitReporters() throws Exception {
        RequestPostProcessor own = as("musvaagevej-reporter");
        mvc.perform(get(api).with(own)).andExpect(status().isForbidden());
        mvc.perform(post(api + "/initiatives/i1/approve").with(own)).andExpect(status().isForbidden());
        mvc.perform(json(post(api + "/initiatives/i1/return"), "{\"comment\": \"x\"}").with(own))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/close").with(own)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/plans/" + planId + "/rounds"),
                        "{\"period\": \"2022\", \"deadline\": \"2023-01-31\", \"initiatives\": [\"i1\"]}")
                        .with(own))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReaderReadsTheOverviewAndChangesNothing() throws Exception {
        RequestPostProcessor reader = as("adgang-reader");
        mvc.perform(get(api).with(reader)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/" + planId + "/rounds").with(reader)).andExpect(status().isOk());
        mvc.perform(get(api + "/initiatives/i1").with(reader)).andExpect(status().isForbidden());
        mvc.perform(json(put(api + "/initiatives/i1/goals/i1-g1"), "{\"version\": 0, \"value\": 1}").with(reader))
                .andExpect(status().isForbidden());
        mvc.perform(post(api + "/initiatives/i1/submit").with(reader)).andExpect(status().isForbidden());
        mvc.perform(post(api + "/close").with(reader)).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallsAreAskedToSignIn() throws Exception {
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reporting")).andExpect(status().isUnauthorized());
        mvc.perform(json(put(api + "/initiatives/i1/goals/i1-g1"), "{\"version\": 0}")).andExpect(status().isUnauthorized());
        mvc.perform(get(pages + "/indsatser/i1")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aUnitReporterReachesNoOtherUnitsInitiativeThroughThePages() throws Exception {
        RequestPostProcessor other = page("nyropsgade-reporter", Role.UNIT_REPORTER);
        mvc.perform(get(pages + "/indsatser/i1").with(other)).andExpect(status().isForbidden());
        mvc.perform(get(pages + "/indsatser/i1/historik").with(other)).andExpect(status().isForbidden());
        mvc.perform(post(pages + "/indsatser/i1").param("value.i1-g1", "1").with(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(pages + "/indsatser/i1/vurdering/i1-g1").param("value.i1-g1", "1").with(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(pages + "/indsatser/i1/indsend").with(other).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(pages + "/indsatser/i3/godkend").with(other).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(pages + "/indsatser/i3/returner").param("comment", "x").with(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(pages).with(other)).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + planId + "/runder").with(other)).andExpect(status().isForbidden());
        mvc.perform(post(pages + "/luk").with(other).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + planId + "/runder").param("period", "2022").with(other).with(csrf()))
                .andExpect(status().isForbidden());
        // Its own initiative and its to-do list it reaches, and the list holds nothing of other units.
        mvc.perform(get(pages + "/indsatser/i3").with(other)).andExpect(status().isOk());
        String todo = mvc.perform(get("/rapportering").with(other)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(todo).contains("Barselsgrupper").doesNotContain("Håndholdt og vedvarende");
    }

    @Test
    void aReaderSeesTheOverviewPageButNoReportAndCannotWrite() throws Exception {
        RequestPostProcessor reader = page("adgang-reader", Role.READER);
        mvc.perform(get(pages).with(reader)).andExpect(status().isOk());
        mvc.perform(get("/plans/" + planId + "/runder").with(reader)).andExpect(status().isOk());
        mvc.perform(get(pages + "/indsatser/i1").with(reader)).andExpect(status().isForbidden());
        mvc.perform(post(pages + "/indsatser/i1").param("value.i1-g1", "1").with(reader).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(pages + "/luk").with(reader).with(csrf())).andExpect(status().isForbidden());
    }
}
