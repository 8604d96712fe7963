package dk.pejling.finance;

import dk.pejling.shared.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** Exact arithmetic on kroner: sums and quotients that never round to whole kroner. */
final class Amounts {

    private Amounts() {}

    /**
     * The exact quotient where it terminates; otherwise 34 significant digits, far below an øre,
     * so that a quotient such as 375.000 / 12 × 5 never loses money to rounding.
     */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        try {
            return normal(dividend.divide(divisor));
        } catch (ArithmeticException nonTerminating) {
            return normal(dividend.divide(divisor, MathContext.DECIMAL128));
        }
    }

    static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return normal(a.add(b));
    }

    static BigDecimal normal(BigDecimal value) {
        return Objects.requireNonNull(Decimals.normal(value));
    }
}
