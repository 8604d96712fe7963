package dk.pejling.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change worked out from the plan as it is now (an approval's figures, a budget over the API) never
 * writes over a change saved while it was being worked out: the second writer waits and builds on the
 * first one's plan.
 */
@PejlingTest
class PlanUpdateTest {

    @Autowired
    PlanService plans;

    @Test
    void twoChangesOfThePlanAsItIsNowAtTheSameTimeAreBothKept() throws Exception {
        String id = "update-at-once";
        if (!plans.exists(id)) {
            plans.create(SyntheticPlans.generate(id, 3, 2, 2, 5));
        }
        String initiative = plans.find(id).orElseThrow().allInitiatives().get(0).id();
        List<YearAmount> frame = List.of(new YearAmount(2019, new BigDecimal("1000000")));
        List<YearAmount> budget = List.of(new YearAmount(2019, new BigDecimal("250000")));
        CountDownLatch firstHasRead = new CountDownLatch(1);

        CompletableFuture<Plan> first = CompletableFuture.supplyAsync(() -> plans.update(id, plan -> {
            firstHasRead.countDown();
            sleep(300); // The second writer asks meanwhile.
            return plan.withBudgetFrame(frame);
        }, PlanChange.system("first")));
        assertThat(firstHasRead.await(10, TimeUnit.SECONDS)).isTrue();
        Plan second = plans.update(id, plan -> plan.withInitiative(initiative, i -> i.withBudget(budget)),
                PlanChange.system("second"));
        first.get(10, TimeUnit.SECONDS);

        assertThat(second.budgetFrame()).as("the second change was worked out on the first one's plan").isEqualTo(frame);
        Plan stored = plans.find(id).orElseThrow();
        assertThat(stored.budgetFrame()).isEqualTo(frame);
        assertThat(stored.initiative(initiative).orElseThrow().budget()).isEqualTo(budget);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
