package dk.pejling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.testing.PejlingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A plan kept in memory is never served after the stored plan changed, by this instance or another. */
@PejlingTest
class PlanServiceCacheTest {

    @Autowired
    PlanService plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void servesTheNewPlanAfterAReplace() {
        Plan first = SyntheticPlans.generate("cache-plan", 2, 2, 2, 1);
        plans.replace(first);
        assertThat(plans.find("cache-plan")).contains(first);
        Plan second = SyntheticPlans.generate("cache-plan", 3, 2, 2, 2);
        plans.replace(second);
        assertThat(plans.find("cache-plan")).contains(second);
        plans.delete("cache-plan");
        assertThat(plans.find("cache-plan")).isEmpty();
    }

    @Test
    void servesWhatAnotherInstanceWrote() {
        Plan plan = SyntheticPlans.generate("cache-other", 2, 2, 2, 3);
        plans.replace(plan);
        assertThat(plans.find("cache-other").orElseThrow().title()).isEqualTo(plan.title());
        // Another instance's write gives the plan a new revision.
        jdbc.sql("update plan set title = 'Ændret andetsteds', revision = 'another-instance' where id = 'cache-other'")
                .update();
        assertThat(plans.find("cache-other").orElseThrow().title()).isEqualTo("Ændret andetsteds");
    }
}
