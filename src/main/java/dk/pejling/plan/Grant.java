package dk.pejling.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Money from outside (a state pool) with its conditions, unit cost, awards, allocations and spending. */
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
        List<StatedAmount> underspend) {}
