package dk.pejling.plan;

import java.math.BigDecimal;

/** Kroner in one year: a budget line, an award, a spending figure. */
public record YearAmount(int year, BigDecimal amount) {}
