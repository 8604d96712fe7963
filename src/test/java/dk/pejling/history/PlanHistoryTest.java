package dk.pejling.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanChange;
import dk.pejling.plan.PlanChangedConcurrentlyException;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StoredPlan;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.testing.PejlingTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Every write of a plan is kept, so the plan can be had back exactly as it stood at any moment. */
@PejlingTest
class PlanHistoryTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanHistory history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givesBackThePlanExactlyAsItStoodAfterEachOfSeveralChanges() throws Exception {
        String id = "history-several";
        Instant before = pause();
        List<Plan> written = new ArrayList<>();
        List<Instant> after = new ArrayList<>();
        for (int seed = 1; seed <= 4; seed++) {
            Plan plan = SyntheticPlans.generate(id, 1 + seed % 3, 2, 3, seed);
            plans.replace(plan, PlanChange.system("Ændring " + seed));
            written.add(plan);
            after.add(pause());
        }
        plans.delete(id, PlanChange.system("Ryddet op"));
        Instant deleted = pause();
        Plan again = SyntheticPlans.generate(id, 2, 1, 2, 99);
        plans.create(again, PlanChange.system(null));

        assertThat(history.asOf(id, before)).isEmpty();
        for (int i = 0; i < written.size(); i++) {
            assertThat(history.asOf(id, after.get(i))).contains(written.get(i));
        }
        assertThat(history.asOf(id, deleted)).isEmpty();
        assertThat(history.asOf(id, Instant.now())).contains(again);
        assertThat(plans.find(id, after.get(1))).contains(written.get(1));

        assertThat(history.versions(id))
                .extracting(PlanVersion::versionNo, PlanVersion::reason, PlanVersion::deleted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Ændring 1", false),
                        org.assertj.core.groups.Tuple.tuple(2, "Ændring 2", false),
                        org.assertj.core.groups.Tuple.tuple(3, "Ændring 3", false),
                        org.assertj.core.groups.Tuple.tuple(4, "Ændring 4", false),
                        org.assertj.core.groups.Tuple.tuple(5, "Ryddet op", true),
                        org.assertj.core.groups.Tuple.tuple(6, null, false));
    }

    @Test
    @WithMockUser(username = "planlaegger", roles = "PLANNER")
    void namesTheSignedInUserAsTheOneWhoStoredIt() {
        plans.replace(SyntheticPlans.generate("history-who", 1, 1, 1, 1));
        assertThat(history.versions("history-who")).extracting(PlanVersion::storedBy).containsExactly("planlaegger");
    }

    @Test
    void namesTheSystemWhereNoOneIsSignedIn() {
        plans.replace(SyntheticPlans.generate("history-system", 1, 1, 1, 1));
        assertThat(history.versions("history-system")).extracting(PlanVersion::storedBy).containsExactly("system");
    }

    @Test
    void refusesAReplaceFromAStaleRevisionAndKeepsNoVersionOfIt() {
        String id = "history-stale";
        String first = plans.create(SyntheticPlans.generate(id, 1, 1, 2, 1), PlanChange.system(null));
        Plan second = SyntheticPlans.generate(id, 2, 1, 2, 2);
        String current = plans.replace(second, first, new PlanChange("anna", "Nye tal"));

        assertThatThrownBy(() -> plans.replace(SyntheticPlans.generate(id, 3, 1, 2, 3), first, new PlanChange("bo", null)))
                .isInstanceOfSatisfying(PlanChangedConcurrentlyException.class, e -> {
                    assertThat(e.expectedRevision()).isEqualTo(first);
                    assertThat(e.currentRevision()).isEqualTo(current);
                });
        assertThat(plans.findStored(id)).contains(new StoredPlan(second, current));
        assertThat(history.versions(id)).extracting(PlanVersion::storedBy).containsExactly("system", "anna");
    }

    @Test
    void onlyOneOfTwoWritersFromTheSameRevisionWins() throws Exception {
        String id = "history-race";
        String start = plans.create(SyntheticPlans.generate(id, 1, 1, 2, 1), PlanChange.system(null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> tries = new ArrayList<>();
            for (int seed = 2; seed <= 3; seed++) {
                Plan plan = SyntheticPlans.generate(id, seed, 1, 2, seed);
                tries.add(pool.submit(() -> plans.replace(plan, start, PlanChange.system(null))));
            }
            int won = 0;
            for (Future<String> f : tries) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(PlanChangedConcurrentlyException.class);
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(history.versions(id)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A plan is read in a query per table. While one thread replaces the plan back and forth
     * between two versions, every read must give one of them whole, never a mixture.
     */
    @Test
    void neverReadsAMixtureOfTwoVersionsWhileTheyAreWritten() throws Exception {
        String id = "history-mixed";
        Plan a = SyntheticPlans.generate(id, 3, 2, 3, 1);
        Plan b = SyntheticPlans.generate(id, 3, 2, 3, 2);
        plans.replace(a, PlanChange.system(null));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> writer = pool.submit(() -> {
                int writes = 0;
                while (writing.get()) {
                    plans.replace(writes % 2 == 0 ? b : a, PlanChange.system(null));
                    writes++;
                }
                return writes;
            });
            int reads = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < until || reads < 20) {
                Plan read = plans.find(id).orElseThrow();
                assertThat(read.equals(a) || read.equals(b)).as("read %d is one version whole", reads).isTrue();
                reads++;
            }
            writing.set(false);
            assertThat(writer.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }
}
