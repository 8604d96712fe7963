package dk.pejling.plan;

import dk.pejling.shared.Decimals;
import java.math.BigDecimal;

/**
 * Which numbers the plan's columns hold exactly: amounts in NUMERIC(19,4), figures (goal values,
 * staff, shares) in NUMERIC(19,6). Both databases would round a further decimal away without a word;
 * forms check with these before a number reaches the columns, which refuse it outright.
 */
public final class StoredNumbers {

    static final int PRECISION = 19;
    public static final int AMOUNT_DECIMALS = 4;
    public static final int FIGURE_DECIMALS = 6;

    private StoredNumbers() {}

    public static boolean isAmount(BigDecimal value) {
        return fits(value, AMOUNT_DECIMALS);
    }

    public static boolean isFigure(BigDecimal value) {
        return fits(value, FIGURE_DECIMALS);
    }

    /** The most digits before the decimal point that a column with these decimals holds. */
    public static int wholeDigits(int decimals) {
        return PRECISION - decimals;
    }

    static boolean fits(BigDecimal value, int decimals) {
        BigDecimal normal = Decimals.normal(value);
        return normal.scale() <= decimals && normal.precision() - normal.scale() <= wholeDigits(decimals);
    }
}
