package dk.pejling.report.web;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Plan;
import dk.pejling.shared.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a plan's pages need beyond the plan itself: the periods that goals have targets or results
 * for (the columns of the goal tables), every goal's status in each of those periods, and the
 * names of units by id.
 */
public record PlanView(List<Period> periods, Map<String, String> unitNames, Map<String, GoalStatus> statuses) {

    static PlanView of(Plan plan) {
        List<Period> periods = plan.goalPeriods();
        Map<String, String> units = plan.units().stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name(), (a, b) -> a));
        // As a status document reads: the latest period with figures in the present perfect, the
        // earlier ones in the past; periods after it (targets only) are judged on their own.
        Period latestReported = plan.allGoals().stream()
                .flatMap(g -> g.results().stream())
                .map(r -> r.period())
                .max(Period::compareTo)
                .orElse(null);
        List<Period> reported = periods.stream()
                .filter(p -> latestReported != null && p.compareTo(latestReported) <= 0)
                .toList();
        List<Period> later = periods.stream().filter(p -> !reported.contains(p)).toList();
        Map<String, GoalStatus> statuses = new HashMap<>();
        for (List<Period> part : List.of(reported, later)) {
            for (GoalStatus s : PlanAssessor.assess(plan, part)) {
                statuses.put(key(s.goalId(), s.period()), s);
            }
        }
        return new PlanView(periods, units, statuses);
    }

    // Public, as are Figures' methods: the templates' SpEL only finds public methods.

    /** The periods of some goals, in order: an initiative's table shows only its own periods. */
    public List<Period> periodsOf(List<Goal> goals) {
        TreeSet<Period> own = new TreeSet<>();
        goals.forEach(g -> own.addAll(g.periods()));
        return List.copyOf(own);
    }

    public @Nullable GoalStatus status(Goal goal, Period period) {
        return statuses.get(key(goal.id(), period));
    }

    private static String key(String goalId, Period period) {
        return goalId + "@" + period;
    }
}
