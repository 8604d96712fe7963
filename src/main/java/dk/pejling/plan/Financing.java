package dk.pejling.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A catalogue's estimate of what an initiative needs, per year, and whether it scales with the target group. */
public record Financing(
        @Nullable String text,
        @Nullable BigDecimal amountPerYear,
        @Nullable BigDecimal targetGroupSize,
        boolean scalesWithTargetGroup,
        List<YearAmount> years) {}
