package dk.pejling.report.web;

import dk.pejling.plan.Plan;
import dk.pejling.shared.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The dashboards of the plans as last read, per period. {@code PlanService} hands out the same
 * {@link Plan} object for as long as the plan's revision is unchanged and a new one after any write,
 * so a dashboard is kept for exactly as long as the plan object it was built from is the current one:
 * every goal is judged once per revision and period, not on every request.
 */
@Component
class DashboardCache {

    /** Periods kept per plan; a plan has a few dozen at most, this only bounds a stream of odd requests. */
    private static final int MOST_PERIODS = 64;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** A plan as last read, the periods its goals have, the one shown when none is asked for, its dashboards. */
    private record Entry(Plan plan, List<Period> periods, Period usual, Map<Period, Dashboard> dashboards) {}

    /** The periods the plan's goals have a target or result for, in order. */
    List<Period> periods(Plan plan) {
        return entry(plan).periods();
    }

    /** The period the dashboard shows when none is asked for. */
    Period usualPeriod(Plan plan) {
        return entry(plan).usual();
    }

    private Entry entry(Plan plan) {
        return entries.compute(plan.id(), (id, old) -> {
            if (old != null && old.plan() == plan) {
                return old;
            }
            List<Period> periods = plan.goalPeriods();
            return new Entry(plan, periods, DashboardController.defaultPeriod(plan, periods), new ConcurrentHashMap<>());
        });
    }

    Dashboard get(Plan plan, Period period) {
        Entry entry = entry(plan);
        Dashboard cached = entry.dashboards().get(period);
        if (cached != null) {
            return cached;
        }
        Dashboard built = Dashboard.of(plan, period);
        if (entry.dashboards().size() < MOST_PERIODS) {
            entry.dashboards().put(period, built);
        }
        return built;
    }
}
