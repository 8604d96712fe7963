package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What one unit of staff costs a year: {@code 375.000 kr. pr. jobkonsulent pr. år}. */
public record UnitCost(BigDecimal amount, @Nullable String per) {}
