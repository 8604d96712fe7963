package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Who an initiative is for, and how many (målgruppe). */
public record TargetGroup(@Nullable String text, @Nullable BigDecimal size, @Nullable String unit) {}
