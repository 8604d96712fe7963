package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The actual figure of a goal for a period. {@code of} makes the value a share; {@code display}
 * replaces the figure in brackets; {@code assessment}, where given, is a planner's judgement
 * and {@code reason} why it differs from the arithmetic. The breakdown keeps its order.
 */
public record Result(
        Period period,
        @Nullable BigDecimal value,
        @Nullable BigDecimal of,
        @Nullable String display,
        Map<String, BigDecimal> breakdown,
        @Nullable Forecast forecast,
        @Nullable Assessment assessment,
        @Nullable String reason,
        @Nullable String text,
        @Nullable LocalDate asOf) {}
