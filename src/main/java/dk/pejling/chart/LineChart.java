package dk.pejling.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * Lines over time: the x of a point is a day (its epoch day), so that a month and a year sit where
 * they belong between each other; each tick names a moment on the x axis.
 */
public record LineChart(
        String title, String description, String unit, List<Tick> ticks, List<Series> series, DataTable table)
        implements Chart {

    /** A label on the x axis at day {@code x}. */
    public record Tick(long x, String label) {}

    /** One line, drawn in its style, and named in the legend. */
    public record Series(String name, Style style, List<Point> points) {}

    /**
     * A point at day {@code x}; {@code marked} draws it apart (a target changed by a decision) and
     * {@code label} is what the point says when hovered.
     */
    public record Point(long x, BigDecimal y, String label, boolean marked) {}

    /**
     * How a line looks. Each style differs in dash and marker shape as well as colour, so that the
     * lines can be told apart without colour.
     */
    public enum Style {
        /** The baseline: a single grey ring. */
        BASELINE,
        /** Targets: a dashed line with squares; a changed target is a diamond. */
        TARGET,
        /** Results: a solid line with dots. */
        RESULT,
        /** The projection to the deadline: a dotted line ending in a triangle. */
        PROJECTION
    }
}
