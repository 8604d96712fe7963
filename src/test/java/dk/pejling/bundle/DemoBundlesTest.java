package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five demo plans made from the seeds read without errors and survive export and import unchanged. */
class DemoBundlesTest {

    private final PlanBundleReader reader = new PlanBundleReader();
    private final PlanBundleWriter writer = new PlanBundleWriter();

    static List<String> demoPlans() {
        return DemoPlans.PLAN_IDS;
    }

    static String demo(String planId) throws IOException {
        try (InputStream in = DemoBundlesTest.class.getResourceAsStream("/demo/" + planId + ".yaml")) {
            assertThat(in).as("demo/%s.yaml", planId).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("demoPlans")
    void readsDemoBundleWithoutErrors(String planId) throws IOException {
        assertThat(reader.check(demo(planId), BundleFormat.YAML)).isEmpty();
        assertThat(reader.read(demo(planId), BundleFormat.YAML).id()).isEqualTo(planId);
    }

    @ParameterizedTest
    @MethodSource("demoPlans")
    void exportsAndImportsDemoPlanUnchangedInBothFormats(String planId) throws IOException {
        Plan plan = reader.read(demo(planId), BundleFormat.YAML);
        for (BundleFormat format : BundleFormat.values()) {
            String written = writer.write(plan, format);
            Plan again = reader.read(written, format);
            assertThat(again).as(format.name()).isEqualTo(plan);
            assertThat(writer.write(again, format)).as(format.name()).isEqualTo(written);
        }
    }
}
