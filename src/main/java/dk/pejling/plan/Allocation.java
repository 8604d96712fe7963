package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Staff or money of a grant given to a unit for a year, or for {@code months} of it. */
public record Allocation(
        int year, String unit, @Nullable BigDecimal fte, @Nullable BigDecimal months, @Nullable BigDecimal amount) {}
