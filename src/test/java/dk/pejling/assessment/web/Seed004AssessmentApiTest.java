package dk.pejling.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 004's four result goals, judged by Pejling from the demo bundle's dated measurements as the
 * source judges them: two met, one on course to be met by its deadline, one not measurable until
 * autumn 2008.
 */
@PejlingTest
@AutoConfigureMockMvc
class Seed004AssessmentApiTest {

    private static final String PLAN = "kk-jobkonsulentpulje-2007";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    private List<JsonNode> rows;

    @BeforeEach
    void importSeedAndAssess() throws Exception {
        String yaml = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        importer.importBundle(yaml, BundleFormat.YAML, true);
        String body = mvc.perform(get("/api/v1/plans/" + PLAN + "/assessments").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        rows = new ArrayList<>();
        JsonMapper.builder().build().readTree(body).forEach(rows::add);
    }

    @Test
    void computesTheCashBenefitRateGoalAsMetFromItsFigure() {
        // "kontanthjælpsgraden er faldet fra 19,56 (primo 2007) til 17,04 (ultimo 2007). Målet er nået."
        JsonNode measured = measured("kontanthjaelpsgrad");
        assertThat(measured.get("computed").asString()).isEqualTo("achieved");
        assertThat(measured.get("effective").asString()).isEqualTo("achieved");
    }

    @Test
    void computesTheLongTermUnemploymentGoalAsMetFromTheFallAgainstItsBaseline() {
        // "1. januar 2008 var tallet faldet med næsten 22 % til 4393. Målet er nået." (target: down by 10 %)
        JsonNode measured = measured("langtidsledighed");
        assertThat(measured.get("computed").asString()).isEqualTo("achieved");
    }

    @Test
    void projectsTheEmploymentShareToMeetItsTargetByTheEndOf2010() {
        // "en stigning fra 54,4 % (november 2006) til 57,3 % (februar 2008). Udviklingen vil såfremt
        // stigningen fortsætter betyde at målet kan nås."
        JsonNode projection = measured("beskaeftigelsesandel").get("projection");
        assertThat(projection.isNull()).isFalse();
        assertThat(projection.get("deadline").asString()).isEqualTo("2010-12-31");
        assertThat(projection.get("expectedMet").asBoolean()).isTrue();
        assertThat(projection.get("projected").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("64"));
        assertThat(projection.get("sentence").asString())
                .isEqualTo("Udviklingen vil såfremt stigningen fortsætter betyde at målet kan nås.");
    }

    @Test
    void saysTheIntroductionPeriodGoalCannotBeMeasuredBeforeAutumn2008() {
        JsonNode row = rows.stream()
                .filter(r -> r.get("goalId").asString().equals("integrationslovsudlaendinge"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("effective").asString()).isEqualTo("pending");
        assertThat(row.get("notYetMeasurable").asString()).contains("2008");
    }

    private JsonNode measured(String goalId) {
        return rows.stream()
                .filter(r -> r.get("goalId").asString().equals(goalId))
                .filter(r -> r.get("actual") != null && !r.get("actual").isNull())
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no measured period for " + goalId));
    }
}
