package dk.pejling.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every status cell of seed 000 (nine initiatives, 2019 and 2020) comes out of the assessments API
 * word for word, computed from the demo bundle's figures and targets. The expected cells are read
 * from the source document's table, row by row, in the order of the bundle's goals.
 */
@PejlingTest
@AutoConfigureMockMvc
class Seed000AssessmentApiTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @BeforeEach
    void importSeed() throws Exception {
        String yaml = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        importer.importBundle(yaml, BundleFormat.YAML, true);
    }

    @Test
    void writesEveryStatusCellOfBothYearsFromTheBundlesFigures() throws Exception {
        List<String[]> sourceCells = sourceStatusCells();
        assertThat(sourceCells).as("goal rows in the source table").hasSize(20);

        String body = mvc.perform(get("/api/v1/plans/" + PLAN + "/assessments?periods=2019,2020")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, String[]> generated = new LinkedHashMap<>();
        for (JsonNode row : JsonMapper.builder().build().readTree(body)) {
            String[] cells = generated.computeIfAbsent(row.get("goalId").asString(), k -> new String[2]);
            cells[row.get("period").asString().equals("2019") ? 0 : 1] = row.get("phrase").asString();
        }
        assertThat(generated).hasSize(20);

        int i = 0;
        for (Map.Entry<String, String[]> goal : generated.entrySet()) {
            String[] source = sourceCells.get(i++);
            for (int column = 0; column < 2; column++) {
                String cell = "row " + i + " (" + goal.getKey() + "), Status " + (2019 + column);
                assertCell(cell, source[column], goal.getValue()[column]);
            }
        }
    }

    @Test
    void reportsTheCellWhereTheSourcesJudgementDiffersFromTheArithmetic() throws Exception {
        // Nr. 5, "Alle får en lære- eller elevplads": 43 of 43 in 2019, which the source judges not achieved.
        mvc.perform(get("/api/v1/plans/" + PLAN + "/assessments?periods=2019,2020")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.goalId == 'i5-g2' && @.period == '2019')].computed").value("achieved"))
                .andExpect(jsonPath("$[?(@.goalId == 'i5-g2' && @.period == '2019')].given").value("not_achieved"))
                .andExpect(jsonPath("$[?(@.goalId == 'i5-g2' && @.period == '2019')].givenDiffers").value(true))
                .andExpect(jsonPath("$[?(@.goalId == 'i5-g2' && @.period == '2019')].effective").value("not_achieved"));
    }

    @Test
    void refusesAPeriodThatIsNotOneWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/plans/" + PLAN + "/assessments?periods=2019-Q5")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"2019-Q5\" is not a period")));
    }

    /** Equal, or equal but for the full stop the source leaves out of some cells (its own inconsistency). */
    private static void assertCell(String cell, String source, String generated) {
        boolean sourceLacksStop = !source.isEmpty() && !source.endsWith(".") && !source.equals("-");
        String expected = sourceLacksStop && generated.equals(source + ".") ? generated : source;
        assertThat(generated).as(cell).isEqualTo(expected);
    }

    /**
     * The two status cells of every goal row of the source's table. A row with text in the
     * "Målsætninger" column is a goal; rows of the page-split continuation (nr. 9's "fagpersoner)")
     * add their cells' text to the row before.
     */
    static List<String[]> sourceStatusCells() throws Exception {
        String source = new ClassPathResource("seeds/000_d5ab0cf8f595660e.txt").getContentAsString(StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|--") || line.startsWith("|---") || line.contains("Status 2019")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length < 5) {
                continue;
            }
            String goal = clean(parts[2]);
            String y2019 = clean(parts[3]);
            String y2020 = clean(parts[4]);
            if (!goal.isEmpty()) {
                rows.add(new String[] {y2019, y2020});
            } else if (!y2019.isEmpty() || !y2020.isEmpty()) {
                String[] last = rows.get(rows.size() - 1);
                last[0] = (last[0] + " " + y2019).trim();
                last[1] = (last[1] + " " + y2020).trim();
            }
        }
        return rows;
    }

    private static String clean(String cell) {
        return cell.replaceAll("<br>", " ").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").replace(" )", ")").trim();
    }
}
