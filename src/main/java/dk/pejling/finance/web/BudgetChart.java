package dk.pejling.finance.web;

import dk.pejling.chart.BarChart;
import dk.pejling.chart.Chart.DataTable;
import dk.pejling.finance.web.FinanceView.GrantLedgerView;
import dk.pejling.finance.web.FinanceView.LedgerYearView;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A plan's money per year as bars: the budgets of its initiatives, the grants' awards and the grants'
 * spending. The plan model holds spending only for grants, not per initiative, so budget is set
 * against grant spending and the page says so.
 */
final class BudgetChart {

    private BudgetChart() {}

    static Optional<BarChart> of(FinanceView finance) {
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
            rows.add(List.of(Integer.toString(year), kroner(b), kroner(a), kroner(s)));
        }
        List<BarChart.Bars> series = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("År"));
        if (!finance.initiatives().isEmpty()) {
            series.add(new BarChart.Bars("Afsatte midler til indsatser", budget));
        }
        header.add("Afsatte midler til indsatser");
        if (!finance.grants().isEmpty()) {
            series.add(new BarChart.Bars("Puljernes bevilling", awards));
            series.add(new BarChart.Bars("Puljernes forbrug", spending));
        }
        header.add("Puljernes bevilling");
        header.add("Puljernes forbrug");
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = series.stream().map(BarChart.Bars::name).toList();
        String description = "Søjler pr. år for " + String.join(", ", names).toLowerCase(java.util.Locale.ROOT)
                + ", " + years.first() + "–" + years.last()
                + ". Planen har ikke forbrug pr. indsats; forbrug kendes kun for puljerne. Tallene står i tabellen under figuren.";
        return Optional.of(new BarChart("Budget og forbrug pr. år", description, "Kr.",
                years.stream().map(String::valueOf).toList(), series,
                new DataTable("Budget og forbrug pr. år (kr.)", List.copyOf(header), List.copyOf(rows))));
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

    private static String kroner(@Nullable BigDecimal amount) {
        return amount == null ? "–" : DanishFormat.kroner(amount);
    }
}
