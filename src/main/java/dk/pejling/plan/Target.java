package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a goal asks for in a period: a level ({@code value}), a change from the baseline in the
 * goal's unit ({@code change}) or in percent of it ({@code changePercent}), a band
 * ({@code value} ± {@code tolerance}), or a figure pegged to another ({@code reference}). A target
 * without a period holds over the plan's whole period.
 */
public record Target(
        @Nullable Period period,
        @Nullable BigDecimal value,
        @Nullable BigDecimal change,
        @Nullable BigDecimal changePercent,
        @Nullable BigDecimal tolerance,
        @Nullable Reference reference,
        @Nullable String text,
        @Nullable Decision decision) {}
