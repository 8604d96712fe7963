package dk.pejling.report.web;

import dk.pejling.plan.Plan;
import dk.pejling.shared.Period;
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

    private record Entry(Plan plan, Map<Period, Dashboard> dashboards) {}

    Dashboard get(Plan plan, Period period) {
        Entry entry = entries.compute(plan.id(), (id, old) -> old != null && old.plan() == plan
                ? old
                : new Entry(plan, new ConcurrentHashMap<>()));
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
