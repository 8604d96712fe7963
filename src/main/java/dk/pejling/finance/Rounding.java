package dk.pejling.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding for the moment a figure is shown, and never before: the ledger keeps 14.531.250 kr.,
 * the committee reads 14,53 mio. kr. Half up, as Danish documents round.
 */
public final class Rounding {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Rounding() {}

    /** The amount in millions of kroner with the given decimals: 14.531.250 with 2 is 14.53. */
    public static BigDecimal millions(BigDecimal amount, int decimals) {
        return amount.divide(MILLION).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The amount rounded to a multiple of {@code unit}: 40.898.526 to 100.000 is 40.900.000. */
    public static BigDecimal toUnit(BigDecimal amount, BigDecimal unit) {
        BigDecimal units = amount.divide(unit, 0, RoundingMode.HALF_UP);
        return Amounts.normal(units.multiply(unit));
    }
}
