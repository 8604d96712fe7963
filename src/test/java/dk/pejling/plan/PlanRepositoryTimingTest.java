package dk.pejling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.testing.PejlingTest;
import dk.pejling.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a large plan (100 initiatives × 5 goals × 12 quarters: 6,000 targets and 6,000
 * results) takes to store and to read, warm. The figures are printed, not asserted: they depend
 * on the machine. The plan read back must still equal the one stored.
 */
@PejlingTest
class PlanRepositoryTimingTest {

    private static final int WARM_UP = 3;
    private static final int MEASURED = 5;

    @Autowired
    PlanService plans;

    @Test
    void storesAndReadsLargePlanWhole() {
        List<Long> inserts = new ArrayList<>();
        List<Long> finds = new ArrayList<>();
        Plan last = null;
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            Plan plan = SyntheticPlans.generate("large-" + round, 100, 5, 12, round);
            long t0 = System.nanoTime();
            plans.create(plan);
            long t1 = System.nanoTime();
            Plan read = plans.find(plan.id()).orElseThrow();
            long t2 = System.nanoTime();
            assertThat(PlanDiff.between(plan, read)).isEmpty();
            if (round >= WARM_UP) {
                inserts.add((t1 - t0) / 1_000_000);
                finds.add((t2 - t1) / 1_000_000);
            }
            plans.delete(plan.id());
            last = plan;
        }
        assertThat(last.allGoals().stream().mapToInt(g -> g.results().size()).sum()).isEqualTo(6000);
        Collections.sort(inserts);
        Collections.sort(finds);
        System.out.printf("Plan 100x5x12 on %s, warm, ms over %d rounds: insert median %d (min %d, max %d),"
                        + " find median %d (min %d, max %d)%n",
                TestDatabase.onPostgres() ? "PostgreSQL" : "H2", MEASURED,
                inserts.get(MEASURED / 2), inserts.get(0), inserts.get(MEASURED - 1),
                finds.get(MEASURED / 2), finds.get(0), finds.get(MEASURED - 1));
    }
}
