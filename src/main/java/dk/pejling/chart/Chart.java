package dk.pejling.chart;

import java.util.List;

/**
 * A chart as a picture and as the table of the same figures beside it. {@code title} names it and
 * {@code description} says in a sentence what it shows, for those who cannot see the picture.
 */
public sealed interface Chart permits LineChart, BarChart {

    String title();

    String description();

    DataTable table();

    /** The title and description as one caption, without a doubled full stop. */
    default String caption() {
        String title = title().strip();
        return (title.endsWith(".") ? title : title + ".") + " " + description();
    }

    /** The chart as an SVG element; {@code id} makes the ids of its title and description unique on a page. */
    default String svg(String id) {
        return Svg.of(this, id);
    }

    /** The figures of a chart as rows under a header; every cell is text as the page prints it. */
    record DataTable(String caption, List<String> header, List<List<String>> rows) {}
}
