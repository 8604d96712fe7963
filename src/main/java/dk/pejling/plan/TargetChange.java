package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A target replaced by a decision: the old and the new level, who decided, and who entered it. */
public record TargetChange(
        String goalId,
        Period period,
        @Nullable BigDecimal oldValue,
        BigDecimal newValue,
        Decision decision,
        String changedBy,
        OffsetDateTime changedAt) {}
