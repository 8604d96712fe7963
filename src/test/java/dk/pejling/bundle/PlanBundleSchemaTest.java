package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema that ships with Pejling accepts what the writer writes and refuses bad bundles. */
class PlanBundleSchemaTest {

    private static Schema schema;
    private static JsonNode schemaTree;
    private final PlanBundleWriter writer = new PlanBundleWriter();
    private final PlanBundleReader reader = new PlanBundleReader();

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = PlanBundleSchemaTest.class.getResourceAsStream("/schema/plan-bundle.json")) {
            assertThat(in).isNotNull();
            schemaTree = JsonMapper.builder().build().readTree(in);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
    }

    private static List<String> errors(String text, InputFormat format) {
        return schema.validate(text, format).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    @Test
    void acceptsTheFullPlanAsWrittenInJsonAndYaml() {
        assertThat(errors(writer.write(FullPlan.plan(), BundleFormat.JSON), InputFormat.JSON)).isEmpty();
        assertThat(errors(writer.write(FullPlan.plan(), BundleFormat.YAML), InputFormat.YAML)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dk.pejling.bundle.DemoBundlesTest#demoPlans")
    void acceptsEveryDemoBundleAsWrittenAndAsExported(String planId) throws IOException {
        String demo = DemoBundlesTest.demo(planId);
        assertThat(errors(demo, InputFormat.YAML)).isEmpty();
        String exported = writer.write(reader.read(demo, BundleFormat.YAML), BundleFormat.JSON);
        assertThat(errors(exported, InputFormat.JSON)).isEmpty();
    }

    @Test
    void acceptsEveryRandomPlanAsWritten() {
        qt().withExamples(100).forAll(RandomPlans.plans()).checkAssert(plan ->
                assertThat(errors(writer.write(plan, BundleFormat.JSON), InputFormat.JSON)).isEmpty());
    }

    private static final String GOOD = """
            format: pejling-plan/1
            plan:
              id: p
              title: Plan
              period: {start: 2019, end: 2022}
              initiatives:
                - id: i1
                  title: Indsats
                  budget: [{year: 2019, amount: 100}]
                  goals:
                    - {id: g1, kind: result, text: Mål, unit: count, direction: at_least, targets: [{period: 2019-Q3, value: 1}]}
            """;

    @Test
    void acceptsAHandWrittenBundle() {
        assertThat(errors(GOOD, InputFormat.YAML)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown field   | 'title: Indsats'        | 'titel: Indsats'                  | /plan/initiatives/0",
        "a missing id       | '- id: i1'              | '- number: \"1\"'                 | /plan/initiatives/0",
        "a bad enum value   | 'direction: at_least'   | 'direction: more'                 | /plan/initiatives/0/goals/0/direction",
        "a bad period       | 'period: 2019-Q3'       | 'period: 2019-Q5'                 | /plan/initiatives/0/goals/0/targets/0/period",
        "a negative amount  | 'amount: 100'           | 'amount: -100'                    | /plan/initiatives/0/budget/0/amount",
        "a bad id           | 'id: p'                 | 'id: Plan P'                      | /plan/id",
        "another format     | 'pejling-plan/1'        | 'pejling-plan/2'                  | /format",
        "text for a number  | 'value: 1'              | 'value: mange'                    | /plan/initiatives/0/goals/0/targets/0/value",
    })
    void refusesBundleWith(String what, String good, String bad, String location) {
        assertThat(GOOD).contains(good);
        List<Error> found = schema.validate(GOOD.replace(good, bad), InputFormat.YAML);
        assertThat(found).extracting(e -> e.getInstanceLocation().toString()).contains(location);
    }

    @Test
    void namesEveryFieldTheReaderKnowsInTheSameOrder() {
        Map<String, List<String>> reader = new LinkedHashMap<>();
        reader.put("plan", PlanTreeReader.PLAN);
        reader.put("span", PlanTreeReader.SPAN);
        reader.put("document", PlanTreeReader.DOCUMENT);
        reader.put("titledText", PlanTreeReader.TITLED_TEXT);
        reader.put("unit", PlanTreeReader.UNIT);
        reader.put("section", PlanTreeReader.SECTION);
        reader.put("initiative", PlanTreeReader.INITIATIVE);
        reader.put("targetGroup", PlanTreeReader.TARGET_GROUP);
        reader.put("count", PlanTreeReader.COUNT);
        reader.put("financing", PlanTreeReader.FINANCING);
        reader.put("variant", PlanTreeReader.VARIANT);
        reader.put("payForResults", PlanTreeReader.PAY_FOR_RESULTS);
        reader.put("funding", PlanTreeReader.FUNDING);
        reader.put("report", PlanTreeReader.REPORT);
        reader.put("remark", PlanTreeReader.REMARK);
        reader.put("goal", GoalTreeReader.GOAL);
        reader.put("baseline", GoalTreeReader.BASELINE);
        reader.put("measurableFrom", GoalTreeReader.MEASURABLE_FROM);
        reader.put("target", GoalTreeReader.TARGET);
        reader.put("reference", GoalTreeReader.REFERENCE);
        reader.put("decision", GoalTreeReader.DECISION);
        reader.put("result", GoalTreeReader.RESULT);
        reader.put("forecast", GoalTreeReader.FORECAST);
        reader.put("grant", GrantTreeReader.GRANT);
        reader.put("unitCost", GrantTreeReader.UNIT_COST);
        reader.put("yearAmount", GrantTreeReader.YEAR_AMOUNT);
        reader.put("allocation", GrantTreeReader.ALLOCATION);
        reader.put("carryOver", GrantTreeReader.CARRY_OVER);
        reader.put("statedAmount", GrantTreeReader.STATED_AMOUNT);

        JsonNode defs = schemaTree.get("$defs");
        reader.forEach((name, fields) -> {
            JsonNode def = defs.get(name);
            assertThat(def).as(name).isNotNull();
            assertThat(new ArrayList<>(def.get("properties").propertyNames())).as(name).isEqualTo(fields);
            assertThat(def.get("additionalProperties").asBoolean(true)).as(name + " additionalProperties").isFalse();
        });
        assertThat(new ArrayList<>(schemaTree.get("properties").propertyNames())).isEqualTo(PlanTreeReader.BUNDLE);
    }
}
