package dk.pejling.plan;

import java.math.BigDecimal;

/** An underspend moved from one year's pool to the next. */
public record CarryOver(int from, int to, BigDecimal amount) {}
