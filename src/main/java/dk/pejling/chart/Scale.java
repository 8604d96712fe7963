package dk.pejling.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round ticks (1, 2, 2,5 or 5 times a power of ten) that covers every figure, and
 * the mapping of a value to a pixel between {@code bottom} and {@code top} (SVG's y grows downwards).
 */
record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

    private static final int TICKS = 5;
    private static final BigDecimal[] NICE = {
        BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN
    };

    /**
     * The scale for figures from {@code low} to {@code high}. Counts and kroner start at 0 where all
     * figures are positive, so a bar's length is its size; a line of percentages near 60 does not.
     */
    static Scale covering(BigDecimal low, BigDecimal high, boolean fromZero) {
        BigDecimal lo = fromZero && low.signum() > 0 ? BigDecimal.ZERO : low;
        BigDecimal hi = fromZero && high.signum() < 0 ? BigDecimal.ZERO : high;
        if (lo.compareTo(hi) == 0) {
            BigDecimal pad = lo.signum() == 0 ? BigDecimal.ONE : lo.abs().divide(BigDecimal.TEN);
            lo = lo.subtract(pad);
            hi = hi.add(pad);
            if (fromZero && low.signum() >= 0 && lo.signum() < 0) {
                lo = BigDecimal.ZERO;
            }
        }
        BigDecimal step = niceStep(hi.subtract(lo).divide(BigDecimal.valueOf(TICKS - 1), 12, RoundingMode.HALF_UP));
        BigDecimal min = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Scale(min.stripTrailingZeros(), max.stripTrailingZeros(), step.stripTrailingZeros());
    }

    /** The smallest round step at least as large as {@code raw}. */
    static BigDecimal niceStep(BigDecimal raw) {
        if (raw.signum() <= 0) {
            return BigDecimal.ONE;
        }
        int exponent = raw.precision() - raw.scale() - 1; // raw = m × 10^exponent, 1 ≤ m < 10
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (BigDecimal n : NICE) {
            BigDecimal candidate = n.multiply(power);
            if (candidate.compareTo(raw) >= 0) {
                return candidate;
            }
        }
        return BigDecimal.TEN.multiply(power);
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            out.add(v.stripTrailingZeros());
        }
        return out;
    }

    /** The pixel row of a value, {@code bottom} for the minimum and {@code top} for the maximum. */
    double y(BigDecimal value, double top, double bottom) {
        double range = max.subtract(min).doubleValue();
        double share = range == 0 ? 0 : value.subtract(min).doubleValue() / range;
        return bottom - share * (bottom - top);
    }
}
