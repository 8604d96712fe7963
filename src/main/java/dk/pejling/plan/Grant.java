package dk.pejling.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Money from outside (a state pool) with its conditions, unit cost, awards, allocations and spending.
 * {@code conditions} is the source's sentence; {@code terms} the same conditions as data, each
 * with whether it was broken.
 */
public record Grant(
        String id,
        String title,
        @Nullable String grantor,
        @Nullable PlanPeriod period,
        @Nullable String conditions,
        @Nullable UnitCost unitCost,
        List<YearAmount> awards,
        List<Allocation> allocations,
        List<YearAmount> spending,
        List<CarryOver> carryOver,
        List<StatedAmount> expectedCost,
        List<StatedAmount> pool,
        List<StatedAmount> underspend,
        List<GrantCondition> terms) {

    /** A grant without conditions as data. */
    public Grant(
            String id,
            String title,
            @Nullable String grantor,
            @Nullable PlanPeriod period,
            @Nullable String conditions,
            @Nullable UnitCost unitCost,
            List<YearAmount> awards,
            List<Allocation> allocations,
            List<YearAmount> spending,
            List<CarryOver> carryOver,
            List<StatedAmount> expectedCost,
            List<StatedAmount> pool,
            List<StatedAmount> underspend) {
        this(id, title, grantor, period, conditions, unitCost, awards, allocations, spending, carryOver, expectedCost,
                pool, underspend, List.of());
    }

    /**
     * The same grant with other awards, spending and decided carry-overs: the figures that change
     * during its life. Its period, allocations, the source's stated figures and conditions stay.
     */
    public Grant withMoney(List<YearAmount> newAwards, List<YearAmount> newSpending, List<CarryOver> newCarryOver) {
        return new Grant(id, title, grantor, period, conditions, unitCost, List.copyOf(newAwards), allocations,
                List.copyOf(newSpending), List.copyOf(newCarryOver), expectedCost, pool, underspend, terms);
    }

    /** The same grant with other conditions as data. */
    public Grant withTerms(List<GrantCondition> newTerms) {
        return new Grant(id, title, grantor, period, conditions, unitCost, awards, allocations, spending, carryOver,
                expectedCost, pool, underspend, List.copyOf(newTerms));
    }
}
