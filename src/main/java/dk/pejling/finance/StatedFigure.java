package dk.pejling.finance;

import dk.pejling.plan.StatedAmount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure as the source states it beside Pejling's own arithmetic. {@code differs} flags a gap
 * larger than the source's rounding explains; {@code computedAsStated} is Pejling's figure rounded
 * as the source rounds it. Where Pejling cannot compute the figure, only the stated one is shown.
 */
public record StatedFigure(
        Figure figure,
        int year,
        @Nullable BigDecimal computed,
        StatedAmount stated,
        @Nullable BigDecimal computedAsStated,
        boolean differs) {

    /** Which figure of a grant's year. */
    public enum Figure {
        /** What the year's allocations cost (expectedCost in the bundle). */
        ALLOCATION_COST,
        POOL,
        UNDERSPEND
    }

    static StatedFigure compare(Figure figure, StatedAmount stated, @Nullable BigDecimal computed) {
        BigDecimal statedAmount = stated.amount();
        if (computed == null || statedAmount == null) {
            return new StatedFigure(figure, stated.year(), computed, stated, null, false);
        }
        StatedPrecision precision = StatedPrecision.of(stated);
        return new StatedFigure(
                figure,
                stated.year(),
                computed,
                stated,
                precision.round(computed),
                precision.differ(computed, statedAmount));
    }
}
