package dk.pejling.assessment;

import dk.pejling.plan.Goal;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Result;
import org.jspecify.annotations.Nullable;

/** The figure of a result in the unit its goal is judged in. */
final class Figures {

    private Figures() {}

    /**
     * The value, except that a share ({@code of}) of a percent goal is judged as its percentage:
     * 55 of 110 against {@code minimum halvdelen} is 50 pct. A count goal judges the count itself,
     * and a percentage-point goal its points: a share is never turned into points.
     */
    static @Nullable Ratio measured(Goal goal, @Nullable Result result) {
        if (result == null || result.value() == null) {
            return null;
        }
        if (result.of() != null && goal.unit() == MeasureUnit.PERCENT) {
            return Ratio.percentOf(result.value(), result.of());
        }
        return Ratio.of(result.value());
    }
}
