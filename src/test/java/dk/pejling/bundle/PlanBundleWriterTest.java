package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export is a bundle a planner can read and edit, and importing it gives back the same plan. */
class PlanBundleWriterTest {

    private final PlanBundleWriter writer = new PlanBundleWriter();
    private final PlanBundleReader reader = new PlanBundleReader();

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void readsBackTheFullPlanUnchanged(BundleFormat format) {
        Plan plan = FullPlan.plan();

        assertThat(reader.read(writer.write(plan, format), format)).isEqualTo(plan);
    }

    @ParameterizedTest
    @EnumSource(BundleFormat.class)
    void writesIdenticalTextAfterReadingItsOwnExport(BundleFormat format) {
        String first = writer.write(FullPlan.plan(), format);

        assertThat(writer.write(reader.read(first, format), format)).isEqualTo(first);
        assertThat(reader.read(writer.writeBytes(FullPlan.plan(), format), format)).isEqualTo(FullPlan.plan());
    }

    @Test
    void writesYamlInBlockStyleWithoutTagsOrDocumentMarker() {
        String yaml = writer.write(FullPlan.plan(), BundleFormat.YAML);

        assertThat(yaml).startsWith("format: pejling-plan/1\nplan:\n  id: kk-integrationshandleplan-2019-22\n");
        assertThat(yaml).doesNotContain("---", "!!");
        assertThat(yaml).contains("""
                  period:
                    start: 2019
                    end: 2022
                """);
        assertThat(yaml).contains("""
                  levels:
                    - Pejlemærke
                    - Fokusområde
                """);
        // A passage with line breaks is a literal block, as a planner would write it.
        assertThat(yaml).contains("""
                  text: |-
                    Handleplanen udmønter: integrationspolitikken.

                    Den har tre pejlemærker:
                    - job
                    - uddannelse
                """);
    }

    @Test
    void quotesOnlyTextThatYamlWouldReadAsSomethingElse() {
        String yaml = writer.write(FullPlan.plan(), BundleFormat.YAML);

        assertThat(yaml).contains("      number: \"1\"\n", "          number: \"1.1\"\n", "  title: Integrationshandleplan 2019-22\n",
                "      text: \"yes\"\n", "    - text: \"# ikke en overskrift\"\n", "    caseNumber: \"2021-0012345\"\n",
                "        'Ordinær beskæftigelse: fuld tid': 3\n");
    }

    @Test
    void writesYearsAsNumbersAndOtherPeriodsAndDatesAsText() {
        String yaml = writer.write(FullPlan.plan(), BundleFormat.YAML);
        String json = writer.write(FullPlan.plan(), BundleFormat.JSON);

        assertThat(yaml).contains("- period: 2019\n", "- period: 2020-Q3\n", "- period: 2020-12\n", "- period: 2021-06-30\n",
                "asOf: 2021-02-01\n", "- year: 2019\n");
        assertThat(json).contains("\"period\" : 2019,", "\"period\" : \"2020-Q3\",", "\"asOf\" : \"2021-02-01\"", "\"year\" : 2019,");
    }

    @Test
    void writesDecimalsPlainWithoutExponentOrTrailingZeros() {
        Plan plan = withSignificance(Decimals.normal(new BigDecimal("1E+7")));
        Plan small = withSignificance(Decimals.normal(new BigDecimal("0.00000125")));

        assertThat(writer.write(plan, BundleFormat.YAML)).contains("significance: 10000000\n");
        assertThat(writer.write(plan, BundleFormat.JSON)).contains("\"significance\" : 10000000\n");
        assertThat(writer.write(small, BundleFormat.YAML)).contains("significance: 0.00000125\n");
        assertThat(writer.write(small, BundleFormat.JSON)).contains("\"significance\" : 0.00000125\n");
        assertThat(reader.read(writer.write(small, BundleFormat.YAML), BundleFormat.YAML)).isEqualTo(small);
    }

    @Test
    void leavesOutNullsEmptyListsAndFalseFlags() {
        Plan bare = new Plan("p", "Plan", null, null, null, new PlanPeriod(Period.year(2019), Period.year(2022)),
                PlanStatus.DRAFT, null, null, null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(writer.write(bare, BundleFormat.YAML)).isEqualTo("""
                format: pejling-plan/1
                plan:
                  id: p
                  title: Plan
                  period:
                    start: 2019
                    end: 2022
                  status: draft
                """);
        assertThat(writer.write(bare, BundleFormat.JSON)).isEqualTo("""
                {
                  "format" : "pejling-plan/1",
                  "plan" : {
                    "id" : "p",
                    "title" : "Plan",
                    "period" : {
                      "start" : 2019,
                      "end" : 2022
                    },
                    "status" : "draft"
                  }
                }
                """);
        assertThat(writer.write(FullPlan.plan(), BundleFormat.YAML)).doesNotContain("evidenceBased: false", ": []", "null");
    }

    @Test
    void writesJsonAsUtf8WithDanishLettersUnescaped() {
        byte[] json = writer.writeBytes(FullPlan.plan(), BundleFormat.JSON);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"organisation\" : \"Københavns Kommune\"");
    }

    @Test
    void writesFieldsInTheDesignPagesOrder() {
        String yaml = writer.write(FullPlan.plan(), BundleFormat.YAML);

        assertThat(yaml).containsSubsequence("  id:", "  title:", "  kind:", "  organisation:", "  owner:", "  period:",
                "  status:", "  asOf:", "  text:", "  document:", "  texts:", "  significance:", "  levels:", "  units:",
                "  goals:", "  sections:", "  initiatives:", "  grants:");
        assertThat(yaml).containsSubsequence("- id: i2-g1", "number:", "kind:", "text:", "unit:", "direction:",
                "contributesTo:", "baseline:", "targets:", "results:");
    }

    private static Plan withSignificance(BigDecimal significance) {
        return new Plan("p", "Plan", null, null, null, new PlanPeriod(Period.year(2019), Period.year(2022)),
                PlanStatus.DRAFT, null, null, null, List.of(), significance, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
