package dk.pejling.plan.web;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Plan;
import dk.pejling.shared.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a plan's pages need beyond the plan itself: the periods that goals have targets or results
 * for (the columns of the goal tables), and the names of units by id.
 */
record PlanView(List<Period> periods, Map<String, String> unitNames) {

    static PlanView of(Plan plan) {
        TreeSet<Period> periods = new TreeSet<>();
        for (Goal g : plan.allGoals()) {
            g.targets().forEach(t -> periods.add(t.period()));
            g.results().forEach(r -> periods.add(r.period()));
        }
        Map<String, String> units = plan.units().stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name(), (a, b) -> a));
        return new PlanView(List.copyOf(periods), units);
    }

    /** The periods of some goals, in order: an initiative's table shows only its own periods. */
    List<Period> periodsOf(List<Goal> goals) {
        TreeSet<Period> own = new TreeSet<>();
        for (Goal goal : goals) {
            goal.targets().forEach(t -> own.add(t.period()));
            goal.results().forEach(r -> own.add(r.period()));
        }
        return List.copyOf(own);
    }
}
