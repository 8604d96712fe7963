package dk.pejling.finance;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One year of a grant's ledger. Figures Pejling cannot know yet (the spending of a year not closed,
 * and so its underspend and the next year's pool) are absent rather than zero.
 *
 * @param award the state's award for the year, zero where none
 * @param awardStaff the whole staff the award pays for a full year at the unit cost
 * @param carryIn moved from the previous year: the decided carry-over, else its computed underspend
 * @param carryInDecided true where {@code carryIn} is a decision, not Pejling's arithmetic
 * @param pool award plus carry-in
 * @param allocatedStaff all staff (årsværk) allocated for the year
 * @param staffByUnit allocated staff per unit, in the order of the allocations
 * @param allocationCost Σ fte × unit cost × months/12, plus allocations made in money
 * @param spending what was spent, where known
 * @param underspend pool minus spending
 * @param carryOut what moves to the next year: the decided carry-over, else the underspend
 */
public record GrantYear(
        int year,
        BigDecimal award,
        @Nullable BigDecimal awardStaff,
        @Nullable BigDecimal carryIn,
        boolean carryInDecided,
        @Nullable BigDecimal pool,
        BigDecimal allocatedStaff,
        Map<String, BigDecimal> staffByUnit,
        @Nullable BigDecimal allocationCost,
        @Nullable BigDecimal spending,
        @Nullable BigDecimal underspend,
        @Nullable BigDecimal carryOut) {

    /** What the pool has left after the year's allocations; negative where they cost more. */
    public @Nullable BigDecimal poolLeftAfterAllocations() {
        return pool == null || allocationCost == null ? null : Amounts.normal(pool.subtract(allocationCost));
    }
}
