package dk.pejling.assessment;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Judges a goal in a period from its target, its result and its direction. The rules, in order:
 *
 * <ol>
 *   <li>an initiative that had not started by the end of the period: not started;
 *   <li>a goal that has targets but none covering the period does not apply there ({@code -}),
 *       unless a later target is a deadline the goal is heading for (it has a dated baseline, or
 *       its data arrive late): then a result before the deadline is an interim measurement,
 *       achieved where it already meets the deadline's level and pending where it does not yet
 *       (seed 004 at the end of 2007: the cash benefit rate down to 17,04 against at most 18 % by
 *       2010 is "nået"; 57,3 % against 64 % by the end of 2010 is on its way);
 *   <li>no result yet: pending;
 *   <li>qualitative goals and goals without a direction are judged by hand: nothing computed;
 *   <li>a target with a level (a value, a change or relative change from the baseline, a band, or a
 *       figure it is pegged to) is met by a figure on the right side of it, limits included;
 *   <li>a directional goal without a level ({@code Der skal være en højere aktiveringsgrad}) is met by
 *       a figure beyond its baseline in its direction.
 * </ol>
 *
 * A target covers its own period and the periods inside it, so that a quarter's status is judged
 * against the year's target (seed 001).
 */
public final class GoalAssessor {

    private GoalAssessor() {}

    public static GoalAssessment assess(Goal goal, @Nullable Initiative initiative, Period period) {
        Target target = targetFor(goal, period).orElse(null);
        Result actual = goal.result(period).orElse(null);
        Assessment given = actual == null ? null : actual.assessment();
        return GoalAssessment.of(period, target, actual, compute(goal, initiative, period, target, actual), given);
    }

    /**
     * The target for the period: its own, else the shortest target period that contains it, else a
     * target without a period, which holds over the whole plan.
     */
    public static Optional<Target> targetFor(Goal goal, Period period) {
        Optional<Target> own = goal.targets().stream().filter(t -> period.equals(t.period())).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Optional<Target> containing = goal.targets().stream()
                .filter(t -> t.period() != null && period.within(t.period()))
                .min(Comparator.comparingLong(t -> t.period().end().toEpochDay() - t.period().start().toEpochDay()));
        if (containing.isPresent()) {
            return containing;
        }
        return goal.targets().stream().filter(t -> t.period() == null).findFirst();
    }

    private static @Nullable Assessment compute(
            Goal goal, @Nullable Initiative initiative, Period period, @Nullable Target target, @Nullable Result actual) {
        if (initiative != null && initiative.notStartedIn(period)) {
            return Assessment.NOT_STARTED;
        }
        if (target == null && !goal.targets().isEmpty()) {
            Target deadline = deadlineAhead(goal, period);
            if (deadline == null) {
                return Assessment.NOT_APPLICABLE;
            }
            boolean reachedEarly = actual != null && judge(goal, deadline, actual) == Assessment.ACHIEVED;
            return reachedEarly ? Assessment.ACHIEVED : Assessment.PENDING;
        }
        if (actual == null) {
            return Assessment.PENDING;
        }
        return judge(goal, target, actual);
    }

    /** The next target after the period, for a goal heading for a deadline; else null. */
    private static @Nullable Target deadlineAhead(Goal goal, Period period) {
        boolean datedBaseline = goal.baseline() != null && goal.baseline().date() != null;
        if (!datedBaseline && goal.measurableFrom() == null) {
            return null;
        }
        return goal.targets().stream()
                .filter(t -> t.period() != null && t.period().start().isAfter(period.end()))
                .min(Comparator.comparing(Target::period))
                .orElse(null);
    }

    private static @Nullable Assessment judge(Goal goal, @Nullable Target target, Result actual) {
        if (goal.unit() == MeasureUnit.QUALITATIVE || goal.direction() == Direction.NONE) {
            return null;
        }
        Ratio figure = Figures.measured(goal, actual);
        if (figure == null) {
            return null;
        }
        Level level = Level.of(target, goal.baseline());
        Boolean met;
        if (level != null) {
            met = level.metBy(figure, goal.direction());
        } else {
            met = directionalMet(goal, figure);
        }
        if (met == null) {
            return null;
        }
        return met ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED;
    }

    /** An increase or decrease from the baseline, for goals that name a direction but no figure. */
    private static @Nullable Boolean directionalMet(Goal goal, Ratio figure) {
        if (goal.baseline() == null || goal.baseline().value() == null) {
            return null;
        }
        int c = figure.compareTo(goal.baseline().value());
        switch (goal.direction()) {
            case INCREASE:
                return c > 0;
            case DECREASE:
                return c < 0;
            default:
                return null;
        }
    }
}
