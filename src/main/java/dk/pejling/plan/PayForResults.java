package dk.pejling.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Pay-for-results terms of an initiative (seed 002): the outcome goal, the rule and the amounts. */
public record PayForResults(
        @Nullable String text,
        @Nullable String goal,
        @Nullable PayRule rule,
        @Nullable BigDecimal threshold,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal amountPerOutcome,
        @Nullable BigDecimal cap) {}
