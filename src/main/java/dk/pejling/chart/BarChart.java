package dk.pejling.chart;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Bars side by side per category (a year), one bar per series; a missing figure leaves a gap. */
public record BarChart(
        String title, String description, String unit, List<String> categories, List<Bars> series, DataTable table)
        implements Chart {

    /** One series of bars, a value per category in the order of the categories. */
    public record Bars(String name, List<@Nullable BigDecimal> values) {}
}
