package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the year or the deadline is expected to bring. */
public record Forecast(@Nullable BigDecimal value, @Nullable String text) {}
