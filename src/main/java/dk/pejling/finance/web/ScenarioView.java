package dk.pejling.finance.web;

import dk.pejling.finance.CatalogueScenario;
import dk.pejling.finance.FrameBalance;
import dk.pejling.finance.Years;
import dk.pejling.plan.Initiative;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's money as the API answers it: what each picked initiative costs per year, the totals
 * per year, and each framed year's balance. {@code planId} names the adopted plan, absent on a dry run.
 */
record ScenarioView(
        String catalogueId,
        @Nullable String planId,
        List<Integer> years,
        List<PickedView> initiatives,
        SortedMap<Integer, BigDecimal> totals,
        List<BalanceView> frame,
        boolean withinFrame,
        List<String> unpriced) {

    static ScenarioView of(String catalogueId, @Nullable String planId, CatalogueScenario scenario, Years years,
            Map<Integer, BigDecimal> frame) {
        List<BalanceView> balances = scenario.against(frame).stream().map(BalanceView::of).toList();
        return new ScenarioView(
                catalogueId,
                planId,
                years.list(),
                scenario.picked().stream()
                        .map(i -> new PickedView(i.id(), i.title(), scenario.scale(i.id()), scenario.cost(i.id(), years)))
                        .toList(),
                scenario.totals(years),
                balances,
                balances.stream().noneMatch(BalanceView::over),
                scenario.unpriced().stream().map(Initiative::id).toList());
    }

    record PickedView(String id, String title, BigDecimal scale, SortedMap<Integer, BigDecimal> cost) {}

    record BalanceView(int year, BigDecimal frame, BigDecimal total, BigDecimal left, boolean over) {

        static BalanceView of(FrameBalance b) {
            return new BalanceView(b.year(), b.frame(), b.total(), b.left(), b.isOver());
        }
    }
}
