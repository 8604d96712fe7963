package dk.pejling.finance;

import dk.pejling.plan.UnitCost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Staff and money as one: what a unit of staff (a job consultant) costs a year, how many whole
 * staff an amount pays for, and what staff cost for part of a year.
 */
public final class StaffCost {

    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

    private final BigDecimal perYear;

    private StaffCost(BigDecimal perYear) {
        if (perYear.signum() <= 0) {
            throw new IllegalArgumentException("A unit cost must be positive: " + perYear);
        }
        this.perYear = perYear;
    }

    public static StaffCost of(UnitCost unitCost) {
        return new StaffCost(unitCost.amount());
    }

    public static StaffCost perYear(BigDecimal amount) {
        return new StaffCost(amount);
    }

    public BigDecimal perYear() {
        return perYear;
    }

    /** Whole staff the amount pays for a full year, rounded down: nobody is hired in part. */
    public BigDecimal staffFor(BigDecimal amount) {
        return Amounts.normal(amount.divide(perYear, 0, RoundingMode.DOWN));
    }

    /** What {@code fte} staff cost for {@code months} of a year; a full year where months are absent. */
    public BigDecimal costOf(BigDecimal fte, @Nullable BigDecimal months) {
        BigDecimal fullYear = fte.multiply(perYear);
        return months == null ? Amounts.normal(fullYear) : Amounts.divide(fullYear.multiply(months), MONTHS_IN_YEAR);
    }

    /** What {@code fte} staff cost for a full year. */
    public BigDecimal costOf(BigDecimal fte) {
        return costOf(fte, null);
    }
}
