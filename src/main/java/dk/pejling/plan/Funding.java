package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Staff or money that a grant gives an initiative: {@code 44 jobkonsulenter, 37 ansat}. */
public record Funding(
        String grant, @Nullable Integer year, @Nullable BigDecimal fte, @Nullable BigDecimal hired, @Nullable BigDecimal amount) {}
