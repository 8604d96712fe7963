package dk.pejling.audit.web;

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
import dk.pejling.audit.AuditLog;
import dk.pejling.audit.AuditQuery;
import dk.pejling.history.PlanHistory;
import dk.pejling.plan.PlanChange;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every change of a plan is in the trail, field by field, with who, when and why; only planners and administrators read it. */
@PejlingTest
@AutoConfigureMockMvc
class AuditApiTest {

    static final String PLAN = "kk-jobkonsulentpulje-2007";
    static final String RESULT = "goals[kontanthjaelpsgrad].results[2007-12-31]";
    static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");
    static final RequestPostProcessor PLANNER = httpBasic("planner", "planner-password-1");
    static final RequestPostProcessor READER = httpBasic("reader", "reader-password-1");
    static final RequestPostProcessor REPORTER = httpBasic("reporter", "reporter-password-1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    PlanHistory history;

    @Autowired
    PlanService plans;

    @Autowired
    TransactionTemplate transactions;

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
    void recordsAChangedResultWithWhoWhyAndOldAndNewAndListsItToTheOneWhoseEditCameTooLate() throws Exception {
        String start = java.time.Instant.now().toString();
        var fetched = mvc.perform(get("/api/v1/plans/" + PLAN + "/bundle").with(PLANNER)).andReturn().getResponse();
        String etag = fetched.getHeader("ETag");
        String bundle = fetched.getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle?reason=Tal fra Jobindsats").with(PLANNER).header("If-Match", etag)
                        .contentType("application/json").content(withResult(bundle, 16.5)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/audit?plan=" + PLAN + "&actor=planner&kind=plan.replaced&from=" + start).with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].subject").value(RESULT))
                .andExpect(jsonPath("$.entries[0].field").value("value"))
                .andExpect(jsonPath("$.entries[0].oldValue").value("17.04"))
                .andExpect(jsonPath("$.entries[0].newValue").value("16.5"))
                .andExpect(jsonPath("$.entries[0].reason").value("Tal fra Jobindsats"));

        mvc.perform(put("/api/v1/plans/" + PLAN + "/bundle").with(ADMIN).header("If-Match", etag)
                        .contentType("application/json").content(withResult(bundle, 15)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changesSince[0].actor").value("planner"))
                .andExpect(jsonPath("$.changesSince[0].path").value(RESULT + ".value"))
                .andExpect(jsonPath("$.changesSince[0].oldValue").value("17.04"))
                .andExpect(jsonPath("$.changesSince[0].newValue").value("16.5"));

        String goalPage = mvc.perform(get("/plans/" + PLAN + "/goals/kontanthjaelpsgrad/history").with(user("reader").roles("READER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(goalPage).contains("Målets historik", "planner", "17.04", "16.5", "Tal fra Jobindsats");

        String csv = mvc.perform(get("/api/v1/audit.csv?plan=" + PLAN).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(RESULT + ";value;17.04;16.5;Tal fra Jobindsats");
        mvc.perform(get("/api/v1/audit?plan=" + PLAN).with(ADMIN).accept("text/csv"))
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")));
    }

    @Test
    void aWriteThatFailsLeavesNeitherAVersionNorAnAuditLine() {
        long lines = audit.count(AuditQuery.plan("audit-rolled-back"));
        try {
            transactions.executeWithoutResult(t -> {
                plans.create(SyntheticPlans.generate("audit-rolled-back", 1, 1, 1, 1), PlanChange.system(null));
                throw new IllegalStateException("something later in the same write failed");
            });
        } catch (IllegalStateException expected) {
            // the write rolls back
        }
        assertThat(plans.exists("audit-rolled-back")).isFalse();
        assertThat(audit.count(AuditQuery.plan("audit-rolled-back"))).isEqualTo(lines);
        assertThat(history.versions("audit-rolled-back")).isEmpty();
    }

    @Test
    void onlyPlannersAndAdministratorsReadTheTrail() throws Exception {
        mvc.perform(get("/api/v1/audit").with(PLANNER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").with(ADMIN)).andExpect(status().isOk());
        for (RequestPostProcessor who : new RequestPostProcessor[] {READER, REPORTER}) {
            mvc.perform(get("/api/v1/audit").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit.csv").with(who)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/audit").with(user("planner").roles("PLANNER"))).andExpect(status().isOk());
        mvc.perform(get("/audit").with(user("reader").roles("READER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("reporter").roles("UNIT_REPORTER"))).andExpect(status().isForbidden());
    }

    @Test
    void answersABadDateInTheFilterWithAProblemOrADanishMessage() throws Exception {
        mvc.perform(get("/api/v1/audit?from=igår").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("from")));
        String page = mvc.perform(get("/audit?to=igår").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Til-datoen »igår« er ikke en dato.");
    }

    @Test
    void recordsANewAccount() throws Exception {
        accounts.create("ny-bruger-" + System.nanoTime(), "Ny", "password-123456", Role.READER);
        mvc.perform(get("/api/v1/audit?kind=account.changed").with(ADMIN))
                .andExpect(jsonPath("$.entries[0].newValue").value("READER"));
    }

    static String withResult(String bundle, double value) {
        var tree = (ObjectNode) JSON.readTree(bundle);
        for (var goal : tree.get("plan").get("goals")) {
            if (goal.get("id").asString().equals("kontanthjaelpsgrad")) {
                for (var result : goal.get("results")) {
                    if (result.get("period").asString().equals("2007-12-31")) {
                        ((ObjectNode) result).put("value", value);
                    }
                }
            }
        }
        return JSON.writeValueAsString(tree);
    }
}
