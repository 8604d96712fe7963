package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Another figure a target is pegged to: the municipal average, say. */
public record Reference(String text, @Nullable BigDecimal value) {}
