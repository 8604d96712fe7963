package dk.pejling.bundle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.plan.PlanService;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PejlingTest
@AutoConfigureMockMvc
class BundleApiTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");
    private static final RequestPostProcessor READER = httpBasic("reader", "reader-password-1");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void startEmpty() {
        plans.list().forEach(p -> plans.delete(p.id()));
        if (!accounts.exists("reader")) {
            accounts.create("reader", "Læser", "reader-password-1", Role.READER);
        }
    }

    static Stream<String> seedPlans() {
        return Stream.of(
                "kk-integrationshandleplan-2019-22",
                "kk-beskaeftigelsesaftale-2009",
                "kk-bruttokatalog-integrationshandleplan-2019-22",
                "kk-biu-handleplan-beskaeftigelse-integration",
                "kk-jobkonsulentpulje-2007");
    }

    @ParameterizedTest
    @MethodSource("seedPlans")
    void exportsEachSeedPlanIdenticallyAfterImportingItsOwnExportIntoAnEmptyInstallation(String planId)
            throws Exception {
        ClassPathResource seed = new ClassPathResource("demo/" + planId + ".yaml");
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/yaml").content(read(seed)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/plans/" + planId));
        String first = exportYaml(planId);
        String firstJson = exportJson(planId);

        mvc.perform(delete("/api/v1/plans/" + planId).with(ADMIN)).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/yaml").content(first))
                .andExpect(status().isCreated());
        assertThat(exportYaml(planId)).isEqualTo(first);

        mvc.perform(delete("/api/v1/plans/" + planId).with(ADMIN)).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/json").content(firstJson))
                .andExpect(status().isCreated());
        assertThat(exportJson(planId)).isEqualTo(firstJson);
    }

    @Test
    void refusesABundleWithErrorsListingEveryOneAndChangesNothing() throws Exception {
        String bad = """
                format: pejling-plan/1
                plan:
                  id: Bad Id
                  title: Prøveplan
                  period: {start: 2019, end: 2020}
                  status: adopted
                  colour: blue
                  initiatives:
                    - id: i1
                      title: Indsats
                      units: [jc-findes-ikke]
                      budget:
                        - {year: 2019, amount: -5}
                      goals:
                        - id: g1
                          kind: activity
                          text: Mindst 10 deltagere
                          unit: count
                          direction: at_least
                          targets:
                            - {period: 2019-Q5, value: 10}
                """;
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/yaml").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.hasItems(
                        "plan.id",
                        "plan.colour",
                        "plan.initiatives[0].units[0]",
                        "plan.initiatives[0].budget[0].amount",
                        "plan.initiatives[0].goals[0].targets[0].period")));
        assertThat(plans.list()).isEmpty();
    }

    @Test
    void asksForAnExplicitReplaceWhenThePlanExists() throws Exception {
        String bundle = minimalBundle("Første titel");
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/yaml").content(bundle))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/yaml").content(minimalBundle("Anden titel")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.planId").value("proeveplan"));
        assertThat(plans.find("proeveplan").orElseThrow().title()).isEqualTo("Første titel");
        mvc.perform(post("/api/v1/bundles?replace=true").with(ADMIN).contentType("application/yaml").content(minimalBundle("Anden titel")))
                .andExpect(status().isOk());
        assertThat(plans.find("proeveplan").orElseThrow().title()).isEqualTo("Anden titel");
    }

    @Test
    void letsAReaderLookButNotImportOrDelete() throws Exception {
        mvc.perform(post("/api/v1/bundles").with(ADMIN).contentType("application/yaml").content(minimalBundle("Plan")))
                .andExpect(status().isCreated());
        // the plan is a draft: readers do not see it (issue #7), planners and administrators do
        mvc.perform(get("/api/v1/plans").with(READER)).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/v1/plans/proeveplan").with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans").with(ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value("proeveplan"))
                .andExpect(jsonPath("$[0].status").value("draft"))
                .andExpect(jsonPath("$[0].period.start").value("2019"))
                .andExpect(jsonPath("$[0].period.end").value("2020"));
        mvc.perform(post("/api/v1/bundles").with(READER).contentType("application/yaml").content(minimalBundle("X")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/plans/proeveplan").with(READER)).andExpect(status().isForbidden());
        assertThat(plans.find("proeveplan")).isPresent();
    }

    @Test
    void answersUnknownPlansWithNotFound() throws Exception {
        mvc.perform(get("/api/v1/plans/findes-ikke").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/findes-ikke/bundle").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/plans/findes-ikke").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void publishesTheBundlesJsonSchema() throws Exception {
        mvc.perform(get("/api/v1/schema/plan-bundle.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.$schema").exists());
    }

    @Test
    void servesTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andExpect(jsonPath("$.paths").exists());
    }

    private String exportYaml(String planId) throws Exception {
        return mvc.perform(get("/api/v1/plans/" + planId + "/bundle").with(ADMIN).accept("application/yaml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String exportJson(String planId) throws Exception {
        return mvc.perform(get("/api/v1/plans/" + planId + "/bundle").with(ADMIN).accept("application/json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String minimalBundle(String title) {
        return """
                format: pejling-plan/1
                plan:
                  id: proeveplan
                  title: %s
                  period: {start: 2019, end: 2020}
                  status: draft
                """.formatted(title);
    }

    private static String read(ClassPathResource resource) throws IOException {
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }
}
