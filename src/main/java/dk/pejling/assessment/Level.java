package dk.pejling.assessment;

import dk.pejling.plan.Baseline;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Target;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The figure a target asks a result to reach, in the goal's own unit, and the band around it
 * that still counts for a {@code within} goal. Every kind of target comes down to one: a level is
 * itself, a change is baseline + change, a relative change is baseline + change % of |baseline|,
 * and a pegged target is the figure it is pegged to.
 */
record Level(BigDecimal value, BigDecimal tolerance) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The level of a target, or null where it has none or needs a baseline that is missing. */
    static @Nullable Level of(@Nullable Target target, @Nullable Baseline baseline) {
        if (target == null) {
            return null;
        }
        BigDecimal base = baseline == null ? null : baseline.value();
        BigDecimal tolerance = target.tolerance() == null ? BigDecimal.ZERO : target.tolerance().abs();
        if (target.value() != null) {
            return new Level(target.value(), tolerance);
        }
        if (target.change() != null) {
            return base == null ? null : new Level(base.add(target.change()), tolerance);
        }
        if (target.changePercent() != null) {
            if (base == null || base.signum() == 0) {
                return null;
            }
            // a relative change and its band are percent of the baseline: -10 from 5627 is 5064,3
            BigDecimal onePercent = base.abs().divide(HUNDRED);
            return new Level(base.add(target.changePercent().multiply(onePercent)), tolerance.multiply(onePercent));
        }
        if (target.reference() != null && target.reference().value() != null) {
            return new Level(target.reference().value(), tolerance);
        }
        return null;
    }

    /** Whether a figure meets this level, read by the goal's direction; limits are inclusive. */
    @Nullable
    Boolean metBy(Ratio figure, Direction direction) {
        int c = figure.compareTo(value);
        switch (direction) {
            case AT_LEAST:
            case INCREASE:
                return c >= 0;
            case AT_MOST:
            case DECREASE:
                return c <= 0;
            case EXACTLY:
                return c == 0;
            case WITHIN:
                return figure.minus(value).abs().compareTo(tolerance) <= 0;
            default:
                return null;
        }
    }
}
