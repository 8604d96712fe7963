package dk.pejling.finance;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.YearAmount;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A plan's money: each initiative's budget per year, the plan's totals per year, and the totals against a frame. */
public final class BudgetSummary {

    /** One initiative's budget by year. */
    public record InitiativeBudget(String initiativeId, String title, SortedMap<Integer, BigDecimal> perYear) {}

    private final List<InitiativeBudget> initiatives;
    private final SortedMap<Integer, BigDecimal> totals;

    private BudgetSummary(List<InitiativeBudget> initiatives) {
        this.initiatives = List.copyOf(initiatives);
        SortedMap<Integer, BigDecimal> sums = new TreeMap<>();
        initiatives.forEach(i -> i.perYear().forEach((year, amount) -> sums.merge(year, amount, Amounts::sum)));
        this.totals = Collections.unmodifiableSortedMap(sums);
    }

    public static BudgetSummary of(Plan plan) {
        return new BudgetSummary(plan.allInitiatives().stream()
                .filter(i -> !i.budget().isEmpty())
                .map(BudgetSummary::budgetOf)
                .toList());
    }

    /** Initiatives with a budget, in the plan's order. */
    public List<InitiativeBudget> initiatives() {
        return initiatives;
    }

    /** The plan's money per year. */
    public SortedMap<Integer, BigDecimal> totals() {
        return totals;
    }

    /** The totals against a frame per year, for each year the frame sets; a year without budget spends nothing. */
    public List<FrameBalance> against(Map<Integer, BigDecimal> framePerYear) {
        return new TreeMap<>(framePerYear).entrySet().stream()
                .map(f -> new FrameBalance(f.getKey(), f.getValue(), totals.getOrDefault(f.getKey(), BigDecimal.ZERO)))
                .toList();
    }

    private static InitiativeBudget budgetOf(Initiative initiative) {
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        for (YearAmount line : initiative.budget()) {
            perYear.merge(line.year(), line.amount(), Amounts::sum);
        }
        return new InitiativeBudget(initiative.id(), initiative.title(), Collections.unmodifiableSortedMap(perYear));
    }
}
