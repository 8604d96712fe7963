package dk.pejling.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sixteen people saving the same two results at once, each from the version they last read: every
 * save is either applied or refused as a conflict, none is lost, and the history holds exactly the
 * applied ones, in order, ending with the figures that stand.
 */
@PejlingTest
class ParallelSavesTest {

    private static final int WRITERS = 16;
    private static final int SAVES_EACH = 8;

    @Autowired
    ReportingService reporting;

    @Autowired
    RoundService rounds;

    @Autowired
    RoundQueries queries;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void losesNoUpdateAndKeepsExactlyTheAppliedSavesInTheHistory() throws Exception {
        Plan plan = RoundFixtures.plan(importer, plans);
        Actor planner = RoundFixtures.account(accounts, "parallel-planner", Role.PLANNER);
        Actor reporter = RoundFixtures.account(accounts, "parallel-reporter", Role.UNIT_REPORTER, RoundFixtures.MUSVAAGEVEJ);
        Round round = rounds.open(planner, plan.id(), Period.year(2021), LocalDate.of(2022, 1, 31), List.of("i1"), List.of());
        List<String> goals = List.of("i1-g1", "i1-g4");

        AtomicInteger applied = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Actor actor = writer % 2 == 0 ? planner : reporter;
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int s = 0; s < SAVES_EACH; s++) {
                    String goal = goals.get((writer + s) % goals.size());
                    Entry seen = queries.entry(actor, plan.id(), round.id(), EntryKind.GOAL, goal);
                    EntryValues values = new EntryValues(BigDecimal.valueOf(writer * 100L + s), null, null, null, null,
                            null, null, null, "skrevet af " + writer, null);
                    try {
                        reporting.save(actor, round.id(), EntryChange.goal("i1", goal, seen.version(), values));
                        applied.incrementAndGet();
                    } catch (EntryConflictException e) {
                        assertThat(e.current().version()).isGreaterThan(seen.version());
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertThat(applied.get() + refused.get()).isEqualTo(WRITERS * SAVES_EACH);
        assertThat(applied.get()).isPositive();
        long versionsInHistory = 0;
        for (String goal : goals) {
            Entry current = queries.entry(planner, plan.id(), round.id(), EntryKind.GOAL, goal);
            List<Long> versions = jdbc.sql("select version from round_entry_version where round_id = ? and item_id = ?"
                            + " order by version")
                    .params(round.id(), goal)
                    .query(Long.class)
                    .list();
            // Versions 1..n with no gap and no double: each applied save exactly once.
            assertThat(versions).hasSize((int) current.version());
            for (int v = 0; v < versions.size(); v++) {
                assertThat(versions.get(v)).isEqualTo(v + 1L);
            }
            EntryVersion last = queries.history(planner, plan.id(), round.id(), "i1").stream()
                    .filter(v -> v.itemId().equals(goal))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(last.values()).isEqualTo(current.values());
            versionsInHistory += versions.size();
        }
        assertThat(versionsInHistory).isEqualTo(applied.get());
    }
}
