package dk.pejling.assessment;

import dk.pejling.plan.Baseline;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a goal has developed since its baseline, as municipal barometers colour it: green the right
 * way, yellow no significant change, red the wrong way, white no figure or no baseline to compare.
 * The right way is up for {@code at_least} and {@code increase} goals, down for {@code at_most}
 * and {@code decrease}, and towards the target for {@code exactly} and {@code within}.
 */
public enum DevelopmentColour {
    GREEN,
    YELLOW,
    RED,
    WHITE;

    /**
     * The colour of a result. A change smaller than the significance (the goal's, else the plan's,
     * else 0, where any change counts) is yellow, and so is no change at all.
     */
    public static DevelopmentColour of(
            Goal goal, @Nullable Result result, @Nullable Target target, @Nullable BigDecimal planSignificance) {
        Baseline baseline = goal.baseline();
        Ratio figure = Figures.measured(goal, result);
        if (figure == null || baseline == null || baseline.value() == null) {
            return WHITE;
        }
        BigDecimal base = baseline.value();
        Ratio change = figure.minus(base);
        BigDecimal significance = goal.significance() != null
                ? goal.significance()
                : planSignificance != null ? planSignificance : BigDecimal.ZERO;
        if (change.signum() == 0 || change.abs().compareTo(significance.abs()) < 0) {
            return YELLOW;
        }
        switch (goal.direction()) {
            case AT_LEAST:
            case INCREASE:
                return change.signum() > 0 ? GREEN : RED;
            case AT_MOST:
            case DECREASE:
                return change.signum() < 0 ? GREEN : RED;
            case EXACTLY:
            case WITHIN:
                return towards(figure, base, Level.of(target, baseline));
            default:
                return WHITE;
        }
    }

    private static DevelopmentColour towards(Ratio figure, BigDecimal base, @Nullable Level level) {
        if (level == null) {
            return WHITE;
        }
        Ratio distanceNow = figure.minus(level.value()).abs();
        BigDecimal distanceThen = base.subtract(level.value()).abs();
        int c = distanceNow.compareTo(distanceThen);
        return c < 0 ? GREEN : c > 0 ? RED : YELLOW;
    }
}
