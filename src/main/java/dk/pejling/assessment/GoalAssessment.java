package dk.pejling.assessment;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * A goal judged in one period. {@code computed} is the arithmetic (null where a person must judge);
 * {@code given} the planner's judgement stored with the result; {@code effective} what the
 * documents print: the given one where there is one, else the computed one, else pending.
 * {@code givenDiffers} flags a planner's judgement that overrides the arithmetic, so that it can be
 * shown beside it (seed 000, nr. 5: 43 of 43 reported as not achieved).
 */
public record GoalAssessment(
        Period period,
        @Nullable Target target,
        @Nullable Result actual,
        @Nullable Assessment computed,
        @Nullable Assessment given,
        Assessment effective,
        boolean givenDiffers) {

    static GoalAssessment of(
            Period period,
            @Nullable Target target,
            @Nullable Result actual,
            @Nullable Assessment computed,
            @Nullable Assessment given) {
        Assessment effective = given != null ? given : computed != null ? computed : Assessment.PENDING;
        boolean differs = given != null && computed != null && given != computed;
        return new GoalAssessment(period, target, actual, computed, given, effective, differs);
    }
}
