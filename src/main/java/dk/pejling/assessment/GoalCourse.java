package dk.pejling.assessment;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The figures a goal's chart is drawn from, read as the judgement reads them: the level a target
 * asks for (a change from the baseline becomes the figure it leads to), a result's figure in the
 * goal's unit (a share of a percent goal is its percentage), and the day a period's figure stands
 * for, the same day the trend projection counts from.
 */
public final class GoalCourse {

    private GoalCourse() {}

    /** The level of a target, or null where it has none (a qualitative goal) or lacks its baseline. */
    public static @Nullable BigDecimal level(Goal goal, Target target) {
        Level level = Level.of(target, goal.baseline());
        return level == null ? null : level.value();
    }

    /** The figure of a result in the goal's unit, rounded to two decimals; null where it has none. */
    public static @Nullable BigDecimal figure(Goal goal, @Nullable Result result) {
        Ratio figure = Figures.measured(goal, result);
        return figure == null ? null : figure.rounded(2).stripTrailingZeros();
    }

    /** The moment a figure for the period stands for: a year once it is over, a month at its start. */
    public static LocalDate measuredAt(Period period) {
        return TrendProjection.measuredAt(period);
    }
}
