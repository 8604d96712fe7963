package dk.pejling.history.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Replacing a plan over the API names the revision it was edited from; earlier versions stay readable. */
@PejlingTest
@AutoConfigureMockMvc
class PlanEditApiTest {

    static final String PLAN = "kk-jobkonsulentpulje-2007";
    static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");
    static final RequestPostProcessor PLANNER = httpBasic("planner", "planner-password-1");
    static final RequestPostProcessor READER = httpBasic("reader", "reader-password-1");
    static final RequestPostProcessor REPORTER = httpBasic("reporter", "reporter-password-1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void accountsAndPlan() throws Exception {
        account("planner", "planner-password-1", Role.PLANNER);
        account("reader", "reader-password-1", Role.READER);
        account("reporter", "reporter-password-1", Role.UNIT_REPORTER);
        String seed = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/bundles?replace=true").with(ADMIN).contentType("application/yaml").content(seed))
                .andExpect(status().is2xxSuccessful());
    }

    private void account(String name, String password, Role role) {
        if (!accounts.exists(name)) {
            accounts.create(name, name, password, role);
        }
    }

    @Test
    void replacesThePlanWhenTheRevisionIsCurrentAndRefusesAStaleOneSayingWhatChanged() throws Exception {
        var fetched = mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle").with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse();
        String etag = fetched.getHeader("ETag");
        mvc.perform(get("/api/v1/plans/" + PLAN).with(READER)).andExpect(header().string("ETag", etag));
        String bundle = fetched.getContentAsString(StandardCharsets.UTF_8);

        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle?reason=Ny titel").with(PLANNER)
                        .header("If-Match", etag).contentType("application/json").content(retitled(bundle, "Første titel")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", Matchers.not(etag)));
        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN)
                        .header("If-Match", etag).contentType("application/json").content(retitled(bundle, "Anden titel")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("/problems/plan-changed"))
                .andExpect(jsonPath("$.versionsSince[0].storedBy").value("planner"))
                .andExpect(jsonPath("$.versionsSince[0].reason").value("Ny titel"));
        mvc.perform(get("/api/v1/plans/" + PLAN).with(READER)).andExpect(jsonPath("$.title").value("Første titel"));
    }

    @Test
    void asksForTheRevisionWhereIfMatchIsMissing() throws Exception {
        String bundle = mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN).contentType("application/json").content(bundle))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("/problems/revision-required"));
    }

    @Test
    void onlyPlannersAndAdministratorsReplaceButReadersReadVersionsAndThePast() throws Exception {
        var fetched = mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN)).andReturn().getResponse();
        for (RequestPostProcessor who : new RequestPostProcessor[] {READER, REPORTER}) {
            mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle").with(who).header("If-Match", fetched.getHeader("ETag"))
                            .contentType("application/json").content(fetched.getContentAsString(StandardCharsets.UTF_8)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle").header("If-Match", "x")
                        .contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plans/" + PLAN + "/versions").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].storedBy").value("admin"));
        mvc.perform(get("/api/v1/plans/" + PLAN + "/versions")).andExpect(status().isUnauthorized());
    }

    @Test
    void showsThePlanAsItStoodAtAnEarlierMomentInTheApiDocumentsAndPages() throws Exception {
        var fetched = mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN)).andReturn().getResponse();
        String oldTitle = JSON.readTree(fetched.getContentAsString(StandardCharsets.UTF_8)).get("plan").get("title").asString();
        Thread.sleep(5);
        String between = Instant.now().toString();
        Thread.sleep(5);
        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN).header("If-Match", fetched.getHeader("ETag"))
                        .contentType("application/json")
                        .content(retitled(fetched.getContentAsString(StandardCharsets.UTF_8), "Ny titel")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/plans/" + PLAN + "?asOf=" + between).with(READER))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.title").value(oldTitle));
        mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle?asOf=" + between).with(READER))
                .andExpect(jsonPath("$.plan.title").value(oldTitle));
        mvc.perform(get("/api/v1/plans/" + PLAN + "/assessments?asOf=" + between).with(READER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/" + PLAN + "?asOf=2001-01-01").with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + PLAN).with(READER)).andExpect(jsonPath("$.title").value("Ny titel"));

        String page = mvc.perform(get("/plans/" + PLAN + "?asOf=" + between).with(user("reader").roles("READER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Planen, som den stod ").contains(oldTitle);
        String now = mvc.perform(get("/plans/" + PLAN).with(user("reader").roles("READER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(now).doesNotContain("Planen, som den stod");
    }

    @Test
    void answersABadAsOfWithAProblemNotAnError() throws Exception {
        for (String path : new String[] {"", "/bundle", "/assessments", "/documents/status.html"}) {
            mvc.perform(get("/api/v1/plans/" + PLAN + path + "?asOf=igår").with(READER))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("asOf")));
        }
        mvc.perform(get("/plans/" + PLAN + "?asOf=2026-13-45").with(user("reader").roles("READER")))
                .andExpect(status().isBadRequest());
    }

    static String retitled(String bundle, String title) {
        var tree = (ObjectNode) JSON.readTree(bundle);
        ((ObjectNode) tree.get("plan")).put("title", title);
        return JSON.writeValueAsString(tree);
    }
}
