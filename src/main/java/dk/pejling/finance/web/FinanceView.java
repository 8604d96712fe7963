package dk.pejling.finance.web;

import dk.pejling.finance.BudgetSummary;
import dk.pejling.finance.GrantLedger;
import dk.pejling.finance.GrantYear;
import dk.pejling.finance.LedgerWarning;
import dk.pejling.finance.StatedFigure;
import dk.pejling.plan.Plan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A plan's money as the API answers it and the page shows it: each initiative's budget per year,
 * the plan's totals per year, and each grant's ledger year by year with the source's stated figures
 * beside Pejling's and the warnings.
 */
public record FinanceView(
        String planId,
        String title,
        List<Integer> years,
        List<InitiativeBudgetView> initiatives,
        SortedMap<Integer, BigDecimal> totals,
        List<GrantLedgerView> grants) {

    static FinanceView of(Plan plan) {
        BudgetSummary budget = BudgetSummary.of(plan);
        Map<String, String> unitNames = new HashMap<>();
        plan.units().forEach(u -> unitNames.put(u.id(), u.name()));
        return new FinanceView(
                plan.id(),
                plan.title(),
                List.copyOf(new TreeSet<>(budget.totals().keySet())),
                budget.initiatives().stream()
                        .map(i -> new InitiativeBudgetView(i.initiativeId(), i.title(), i.perYear()))
                        .toList(),
                budget.totals(),
                plan.grants().stream().map(g -> GrantLedgerView.of(GrantLedger.of(g), unitNames)).toList());
    }

    public record InitiativeBudgetView(String initiativeId, String title, SortedMap<Integer, BigDecimal> perYear) {

        /** The amount for a year, or null where the initiative has none that year. */
        public @Nullable BigDecimal in(int year) {
            return perYear.get(year);
        }
    }

    public record GrantLedgerView(
            String grantId,
            String title,
            @Nullable BigDecimal unitCost,
            @Nullable String unitCostPer,
            List<LedgerYearView> years,
            List<StatedView> stated,
            List<WarningView> warnings) {

        static GrantLedgerView of(GrantLedger ledger, Map<String, String> unitNames) {
            var unitCost = ledger.grant().unitCost();
            return new GrantLedgerView(
                    ledger.grant().id(),
                    ledger.grant().title(),
                    unitCost == null ? null : unitCost.amount(),
                    unitCost == null ? null : unitCost.per(),
                    ledger.years().stream().map(y -> LedgerYearView.of(y, unitNames)).toList(),
                    ledger.statedFigures().stream().map(StatedView::of).toList(),
                    ledger.warnings().stream().map(WarningView::of).toList());
        }
    }

    /** One year of a grant; figures Pejling cannot know yet are null. */
    public record LedgerYearView(
            int year,
            BigDecimal award,
            @Nullable BigDecimal awardStaff,
            @Nullable BigDecimal carryIn,
            boolean carryInDecided,
            @Nullable BigDecimal pool,
            BigDecimal allocatedStaff,
            List<UnitStaffView> staffByUnit,
            @Nullable BigDecimal allocationCost,
            @Nullable BigDecimal poolLeftAfterAllocations,
            @Nullable BigDecimal spending,
            @Nullable BigDecimal underspend,
            @Nullable BigDecimal carryOut) {

        static LedgerYearView of(GrantYear y, Map<String, String> unitNames) {
            return new LedgerYearView(
                    y.year(),
                    y.award(),
                    y.awardStaff(),
                    y.carryIn(),
                    y.carryInDecided(),
                    y.pool(),
                    y.allocatedStaff(),
                    y.staffByUnit().entrySet().stream()
                            .map(e -> new UnitStaffView(e.getKey(), unitNames.getOrDefault(e.getKey(), e.getKey()),
                                    e.getValue()))
                            .toList(),
                    y.allocationCost(),
                    y.poolLeftAfterAllocations(),
                    y.spending(),
                    y.underspend(),
                    y.carryOut());
        }
    }

    public record UnitStaffView(String unit, String name, BigDecimal staff) {}

    /**
     * A figure the source states beside Pejling's. {@code figure} is {@code expected_cost} (what the
     * year's allocations cost), {@code pool} or {@code underspend}.
     */
    public record StatedView(
            String figure,
            int year,
            @Nullable BigDecimal stated,
            @Nullable String statedText,
            @Nullable BigDecimal computed,
            @Nullable BigDecimal computedAsStated,
            boolean differs) {

        static StatedView of(StatedFigure f) {
            String figure = f.figure() == StatedFigure.Figure.ALLOCATION_COST
                    ? "expected_cost"
                    : f.figure().name().toLowerCase(Locale.ROOT);
            return new StatedView(figure, f.year(), f.stated().amount(), f.stated().text(), f.computed(),
                    f.computedAsStated(), f.differs());
        }
    }

    public record WarningView(int year, String kind, String message, BigDecimal amount, BigDecimal limit) {

        static WarningView of(LedgerWarning w) {
            return new WarningView(w.year(), w.kind().name().toLowerCase(Locale.ROOT), w.message(), w.amount(), w.limit());
        }
    }
}
