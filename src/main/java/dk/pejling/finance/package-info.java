/**
 * The money rules of a plan as plain domain code: a grant's ledger year by year (award, staff,
 * carry-over, pool, allocations, spending, underspend), pay-for-results, budgets against a frame,
 * cost per result, and catalogue scenarios. Amounts stay exact {@code BigDecimal}s; rounding
 * happens only where a figure is shown.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"plan", "shared", "chart"})
package dk.pejling.finance;
