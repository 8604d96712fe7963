package dk.pejling.finance.web;

import dk.pejling.chart.BarChart;
import dk.pejling.chart.Chart.DataTable;
import dk.pejling.finance.web.FinanceView.GrantLedgerView;
import dk.pejling.finance.web.FinanceView.LedgerYearView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * A plan's money per year as bars: the budgets of its initiatives, the grants' awards and the grants'
 * spending. The plan model holds spending only for grants, not per initiative, so budget is set
 * against grant spending and the page says so.
 */
final class BudgetChart {

    private BudgetChart() {}

    /** The chart with its names, description and table in the page's language (finance.chart.*, and money's amounts). */
    static Optional<BarChart> of(FinanceView finance, MessageSourceAccessor texts, MoneyFigures money) {
        TreeSet<Integer> years = new TreeSet<>(finance.totals().keySet());
        finance.grants().forEach(g -> g.years().forEach(y -> years.add(y.year())));
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<@Nullable BigDecimal> budget = new ArrayList<>();
        List<@Nullable BigDecimal> awards = new ArrayList<>();
        List<@Nullable BigDecimal> spending = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int year : years) {
            BigDecimal b = finance.totals().get(year);
            BigDecimal a = sum(finance.grants(), year, false);
            BigDecimal s = sum(finance.grants(), year, true);
            budget.add(b);
            awards.add(a);
            spending.add(s);
            rows.add(List.of(Integer.toString(year), money.kroner(b), money.kroner(a), money.kroner(s)));
        }
        List<BarChart.Bars> series = new ArrayList<>();
        String budgetName = texts.getMessage("finance.chart.budget");
        String awardsName = texts.getMessage("finance.chart.awards");
        String spendingName = texts.getMessage("finance.chart.spending");
        List<String> header = new ArrayList<>(List.of(texts.getMessage("initiative.budget.year")));
        if (!finance.initiatives().isEmpty()) {
            series.add(new BarChart.Bars(budgetName, budget));
        }
        header.add(budgetName);
        if (!finance.grants().isEmpty()) {
            series.add(new BarChart.Bars(awardsName, awards));
            series.add(new BarChart.Bars(spendingName, spending));
        }
        header.add(awardsName);
        header.add(spendingName);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = series.stream().map(BarChart.Bars::name).toList();
        String description = texts.getMessage("finance.chart.description", new Object[] {
                String.join(", ", names).toLowerCase(java.util.Locale.ROOT), years.first() + "–" + years.last()});
        return Optional.of(new BarChart(texts.getMessage("finance.chart.title"), description,
                texts.getMessage("finance.chart.axis"), years.stream().map(String::valueOf).toList(), series,
                new DataTable(texts.getMessage("finance.chart.table"), List.copyOf(header), List.copyOf(rows))));
    }

    private static @Nullable BigDecimal sum(List<GrantLedgerView> grants, int year, boolean spending) {
        BigDecimal total = null;
        for (GrantLedgerView g : grants) {
            for (LedgerYearView y : g.years()) {
                if (y.year() != year) {
                    continue;
                }
                BigDecimal v = spending ? y.spending() : y.award();
                if (v != null) {
                    total = total == null ? v : total.add(v);
                }
            }
        }
        return total;
    }
}
