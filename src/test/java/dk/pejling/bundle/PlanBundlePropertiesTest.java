package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.pejling.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Export followed by import gives back the same plan, for any plan: nothing is lost, nothing
 * changes. The plans are random trees from {@link RandomPlans}.
 */
class PlanBundlePropertiesTest {

    private final PlanBundleWriter writer = new PlanBundleWriter();
    private final PlanBundleReader reader = new PlanBundleReader();

    @Test
    void readsBackEveryPlanItWritesAsYaml() {
        qt().withExamples(300).forAll(RandomPlans.plans()).checkAssert(plan -> {
            String yaml = writer.write(plan, BundleFormat.YAML);
            assertThat(reader.check(yaml, BundleFormat.YAML)).isEmpty();
            assertThat(reader.read(yaml, BundleFormat.YAML)).isEqualTo(plan);
        });
    }

    @Test
    void readsBackEveryPlanItWritesAsJson() {
        qt().withExamples(300).forAll(RandomPlans.plans()).checkAssert(plan -> {
            String json = writer.write(plan, BundleFormat.JSON);
            assertThat(reader.check(json, BundleFormat.JSON)).isEmpty();
            assertThat(reader.read(json, BundleFormat.JSON)).isEqualTo(plan);
        });
    }

    @Test
    void writesTheSameTextAgainAfterReadingItsOwnBundle() {
        qt().withExamples(100).forAll(RandomPlans.plans()).checkAssert(plan -> {
            for (BundleFormat format : BundleFormat.values()) {
                String first = writer.write(plan, format);
                assertThat(writer.write(reader.read(first, format), format)).isEqualTo(first);
            }
        });
    }

    @Test
    void writesYamlAndJsonThatReadAsTheSamePlan() {
        qt().withExamples(100).forAll(RandomPlans.plans()).checkAssert(plan -> {
            Plan fromYaml = reader.read(writer.write(plan, BundleFormat.YAML), BundleFormat.YAML);
            Plan fromJson = reader.read(writer.write(plan, BundleFormat.JSON), BundleFormat.JSON);
            assertThat(fromYaml).isEqualTo(fromJson);
        });
    }
}
