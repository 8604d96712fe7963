package dk.pejling.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact fraction of decimals ({@code num / den}, {@code den > 0}). A share such as 1 of 3 is
 * 33,333… percent, and judging it against a limit by a rounded division could put a result on the
 * wrong side of the limit; cross-multiplying keeps every comparison exact.
 */
record Ratio(BigDecimal num, BigDecimal den) {

    Ratio {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + den);
        }
    }

    static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    /** {@code value} of {@code whole} in percent, or null where the whole is not positive. */
    static @Nullable Ratio percentOf(BigDecimal value, BigDecimal whole) {
        return whole.signum() > 0 ? new Ratio(value.multiply(BigDecimal.valueOf(100)), whole) : null;
    }

    Ratio minus(BigDecimal other) {
        return new Ratio(num.subtract(other.multiply(den)), den);
    }

    Ratio minus(Ratio other) {
        return new Ratio(num.multiply(other.den).subtract(other.num.multiply(den)), den.multiply(other.den));
    }

    Ratio plus(BigDecimal other) {
        return new Ratio(num.add(other.multiply(den)), den);
    }

    Ratio times(BigDecimal factor) {
        return new Ratio(num.multiply(factor), den);
    }

    Ratio dividedBy(BigDecimal divisor) {
        return divisor.signum() > 0
                ? new Ratio(num, den.multiply(divisor))
                : new Ratio(num.negate(), den.multiply(divisor.negate()));
    }

    Ratio abs() {
        return new Ratio(num.abs(), den);
    }

    int signum() {
        return num.signum();
    }

    int compareTo(BigDecimal other) {
        return num.compareTo(other.multiply(den));
    }

    /** The value rounded half-up to {@code decimals} decimals, for showing. */
    BigDecimal rounded(int decimals) {
        return num.divide(den, MathContext.DECIMAL128).setScale(decimals, RoundingMode.HALF_UP);
    }
}
