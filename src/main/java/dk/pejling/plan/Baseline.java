package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Where a goal started: the value, when it was measured, and the source's words. */
public record Baseline(@Nullable BigDecimal value, @Nullable Period date, @Nullable String text) {}
