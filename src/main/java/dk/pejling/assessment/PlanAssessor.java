package dk.pejling.assessment;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Judges every goal of a plan in the periods a status document covers, in the plan's order
 * (plan-wide goals, then each initiative's and section's in tree order) and, per goal, in the
 * order the periods are given. The entry point for the pages, the API and the documents.
 */
public final class PlanAssessor {

    private PlanAssessor() {}

    public static List<GoalStatus> assess(Plan plan, List<Period> periods) {
        List<GoalStatus> out = new ArrayList<>();
        plan.goals().forEach(g -> out.addAll(assess(plan, null, g, periods)));
        plan.initiatives().forEach(i -> out.addAll(assess(plan, i, periods)));
        plan.forEachSection(s -> {
            s.goals().forEach(g -> out.addAll(assess(plan, null, g, periods)));
            s.initiatives().forEach(i -> out.addAll(assess(plan, i, periods)));
        });
        return out;
    }

    /**
     * The goals of one initiative. A not-started initiative is said once per period, in its first
     * goal's cell; the cells of its other goals stay empty, as seed 000 prints nr. 8 in 2019.
     */
    private static List<GoalStatus> assess(Plan plan, Initiative initiative, List<Period> periods) {
        List<GoalStatus> out = new ArrayList<>();
        Set<Period> saidNotStarted = new HashSet<>();
        for (Goal goal : initiative.goals()) {
            for (GoalStatus status : assess(plan, initiative, goal, periods)) {
                boolean notStarted = status.effective() == Assessment.NOT_STARTED;
                boolean saidAlready = notStarted && !saidNotStarted.add(status.period());
                out.add(saidAlready ? withPhrase(status, "") : status);
            }
        }
        return out;
    }

    private static List<GoalStatus> assess(Plan plan, @Nullable Initiative initiative, Goal goal, List<Period> periods) {
        List<GoalStatus> out = new ArrayList<>();
        for (Period period : periods) {
            GoalAssessment assessment = GoalAssessor.assess(goal, initiative, period);
            out.add(new GoalStatus(
                    goal.id(),
                    initiative == null ? null : initiative.id(),
                    assessment,
                    DevelopmentColour.of(goal, assessment.actual(), assessment.target(), plan.significance()),
                    TrendProjection.project(goal, period, plan.period().end()).orElse(null),
                    TrendProjection.notYetMeasurable(goal, period).orElse(null),
                    StatusPhrase.of(goal, assessment, Tense.of(period, periods))));
        }
        return out;
    }

    private static GoalStatus withPhrase(GoalStatus s, String phrase) {
        return new GoalStatus(
                s.goalId(), s.initiativeId(), s.assessment(), s.colour(), s.projection(), s.notYetMeasurable(), phrase);
    }
}
