package dk.pejling.rounds;

import dk.pejling.access.Role;
import dk.pejling.plan.Initiative;
import java.util.Set;

/** Who asks: a planner or administrator reaches every initiative, a unit reporter those its units run. */
public record Actor(String username, Role role, Set<String> units) {

    public Actor {
        units = Set.copyOf(units);
    }

    public boolean isPlanner() {
        return role == Role.ADMIN || role == Role.PLANNER;
    }

    /** True where the person may read and report on the initiative. */
    public boolean reaches(Initiative initiative) {
        if (isPlanner()) {
            return true;
        }
        return role == Role.UNIT_REPORTER && initiative.units().stream().anyMatch(units::contains);
    }
}
