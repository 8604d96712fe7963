/**
 * A plan's money over the API and on its own page: budgets per initiative and year, each grant's
 * ledger beside the source's stated figures, and catalogue scenarios tried against a frame and adopted.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.finance.web;
