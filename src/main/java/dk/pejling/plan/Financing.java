package dk.pejling.plan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue's estimate of what an initiative needs per year (or {@code per} some unit, such as a
 * housing area), whether it scales with the target group, its phased years and alternatives.
 */
public record Financing(
        @Nullable String text,
        @Nullable BigDecimal amountPerYear,
        @Nullable BigDecimal targetGroupSize,
        boolean scalesWithTargetGroup,
        @Nullable String per,
        List<YearAmount> years,
        List<Variant> variants) {

    /** An alternative estimate beside the main one: {@code ved udvidelse ca. 3,8 mio. kr. årligt}. */
    public record Variant(@Nullable String text, @Nullable BigDecimal amountPerYear) {}
}
