package dk.pejling.chart;

import dk.pejling.chart.BarChart.Bars;
import dk.pejling.chart.LineChart.Point;
import dk.pejling.chart.LineChart.Series;
import dk.pejling.chart.LineChart.Style;
import dk.pejling.chart.LineChart.Tick;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a chart as one SVG element: well-formed XML (so that the PDF writer can parse it), every
 * text escaped, {@code role="img"} with its title and description as its accessible name, fixed
 * size in its {@code viewBox} so it scales to the width it is given.
 */
final class Svg {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final double LEFT = 72;
    static final double RIGHT = WIDTH - 24;
    static final double TOP = 16;
    static final double BOTTOM = HEIGHT - 72;
    private static final String FONT = "font-family=\"'IBM Plex Sans', Arial, Helvetica, sans-serif\" font-size=\"12\"";
    private static final String INK = "#1a1a1a";
    private static final String GRID = "#d0d0d0";

    static final String RESULT_COLOUR = "#1f4e8c";
    static final String TARGET_COLOUR = "#2e6b30";
    static final String PROJECTION_COLOUR = "#9a4a00";
    static final String BASELINE_COLOUR = "#545454";

    private final StringBuilder out = new StringBuilder(4096);
    private final String id;

    private Svg(String id) {
        this.id = id;
    }

    static String of(Chart chart, String id) {
        Svg svg = new Svg(safeId(id));
        svg.open(chart);
        if (chart instanceof LineChart line) {
            svg.line(line);
        } else if (chart instanceof BarChart bars) {
            svg.bars(bars);
        }
        svg.out.append("</svg>");
        return svg.out.toString();
    }

    private void open(Chart chart) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pejling-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(chart.description())).append("</desc>")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
    }

    // ---------------------------------------------------------------- line chart

    private void line(LineChart chart) {
        List<BigDecimal> values = new ArrayList<>();
        long minX = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        for (Series s : chart.series()) {
            for (Point p : s.points()) {
                values.add(p.y());
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
            }
        }
        for (Tick t : chart.ticks()) {
            minX = Math.min(minX, t.x());
            maxX = Math.max(maxX, t.x());
        }
        if (values.isEmpty()) {
            text(WIDTH / 2.0, HEIGHT / 2.0, "middle", "Ingen tal at vise");
            return;
        }
        Scale scale = Scale.covering(min(values), max(values), false);
        valueAxis(scale, chart.unit());
        XAxis x = new XAxis(minX, maxX);
        for (Tick t : chart.ticks()) {
            double px = x.px(t.x());
            out.append("<line x1=\"").append(n(px)).append("\" y1=\"").append(n(BOTTOM)).append("\" x2=\"")
                    .append(n(px)).append("\" y2=\"").append(n(BOTTOM + 5)).append("\" stroke=\"").append(INK)
                    .append("\"/>");
            text(px, BOTTOM + 20, "middle", t.label());
        }
        for (Series s : chart.series()) {
            series(s, scale, x);
        }
        legend(chart.series().stream().map(s -> new Legend(s.name(), s.style(), false)).toList(),
                chart.series().stream().anyMatch(s -> s.points().stream().anyMatch(Point::marked)));
    }

    private record XAxis(long min, long max) {
        double px(long x) {
            if (max == min) {
                return (LEFT + RIGHT) / 2;
            }
            double pad = 24;
            return LEFT + pad + (double) (x - min) / (max - min) * (RIGHT - LEFT - 2 * pad);
        }
    }

    private void series(Series s, Scale scale, XAxis x) {
        String colour = colour(s.style());
        List<Point> points = s.points();
        if (points.size() > 1 && s.style() != Style.BASELINE) {
            out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"");
            String dash = dash(s.style());
            if (dash != null) {
                out.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            out.append(" points=\"");
            for (Point p : points) {
                out.append(n(x.px(p.x()))).append(',').append(n(scale.y(p.y(), TOP, BOTTOM))).append(' ');
            }
            out.setLength(out.length() - 1);
            out.append("\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            // The projection's first point is the latest result, already drawn as a dot.
            if (s.style() == Style.PROJECTION && i == 0 && points.size() > 1) {
                continue;
            }
            marker(s.style(), p.marked(), x.px(p.x()), scale.y(p.y(), TOP, BOTTOM), p.label());
        }
    }

    private void marker(Style style, boolean marked, double cx, double cy, String label) {
        String colour = colour(style);
        out.append("<g><title>").append(escape(label)).append("</title>");
        if (marked) {
            double r = 7;
            out.append("<polygon points=\"").append(n(cx)).append(',').append(n(cy - r)).append(' ')
                    .append(n(cx + r)).append(',').append(n(cy)).append(' ').append(n(cx)).append(',')
                    .append(n(cy + r)).append(' ').append(n(cx - r)).append(',').append(n(cy))
                    .append("\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
        } else {
            switch (style) {
                case BASELINE -> out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                        .append("\" r=\"5\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
                case TARGET -> out.append("<rect x=\"").append(n(cx - 4)).append("\" y=\"").append(n(cy - 4))
                        .append("\" width=\"8\" height=\"8\" fill=\"").append(colour).append("\"/>");
                case RESULT -> out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                        .append("\" r=\"4.5\" fill=\"").append(colour).append("\"/>");
                case PROJECTION -> out.append("<polygon points=\"").append(n(cx)).append(',').append(n(cy - 6))
                        .append(' ').append(n(cx + 6)).append(',').append(n(cy + 5)).append(' ').append(n(cx - 6))
                        .append(',').append(n(cy + 5)).append("\" fill=\"").append(colour).append("\"/>");
            }
        }
        out.append("</g>");
    }

    private record Legend(String name, @Nullable Style style, boolean hatched) {}

    private void legend(List<Legend> items, boolean changedTargets) {
        List<Legend> all = new ArrayList<>(items);
        if (changedTargets) {
            all.add(new Legend("Ændret mål (beslutning)", null, false));
        }
        double x = LEFT;
        double y = HEIGHT - 22;
        for (Legend item : all) {
            if (item.style() == null) {
                marker(Style.TARGET, true, x + 10, y - 4, item.name());
            } else {
                String colour = colour(item.style());
                if (item.style() != Style.BASELINE) {
                    out.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y - 4)).append("\" x2=\"")
                            .append(n(x + 20)).append("\" y2=\"").append(n(y - 4)).append("\" stroke=\"").append(colour)
                            .append("\" stroke-width=\"2\"");
                    String dash = dash(item.style());
                    if (dash != null) {
                        out.append(" stroke-dasharray=\"").append(dash).append('"');
                    }
                    out.append("/>");
                }
                marker(item.style(), false, x + 10, y - 4, item.name());
            }
            text(x + 26, y, "start", item.name());
            x += 34 + item.name().length() * 6.6;
        }
    }

    private static String colour(Style style) {
        return switch (style) {
            case BASELINE -> BASELINE_COLOUR;
            case TARGET -> TARGET_COLOUR;
            case RESULT -> RESULT_COLOUR;
            case PROJECTION -> PROJECTION_COLOUR;
        };
    }

    private static @Nullable String dash(Style style) {
        return switch (style) {
            case TARGET -> "7 4";
            case PROJECTION -> "2 4";
            default -> null;
        };
    }

    // ---------------------------------------------------------------- bar chart

    private static final String[] BAR_FILLS = {RESULT_COLOUR, "url(#%s-hatch)", PROJECTION_COLOUR, "#ffffff"};

    private void bars(BarChart chart) {
        out.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"M0,6 L6,0\" stroke=\"")
                .append(TARGET_COLOUR).append("\" stroke-width=\"2\"/></pattern></defs>");
        List<BigDecimal> values = new ArrayList<>();
        chart.series().forEach(s -> s.values().stream().filter(v -> v != null).forEach(values::add));
        if (values.isEmpty() || chart.categories().isEmpty()) {
            text(WIDTH / 2.0, HEIGHT / 2.0, "middle", "Ingen tal at vise");
            return;
        }
        Scale scale = Scale.covering(min(values), max(values), true);
        valueAxis(scale, chart.unit());
        int categories = chart.categories().size();
        int seriesCount = Math.max(1, chart.series().size());
        double band = (RIGHT - LEFT) / categories;
        double barWidth = Math.min(40, band * 0.8 / seriesCount);
        double zero = scale.y(BigDecimal.ZERO.max(scale.min()), TOP, BOTTOM);
        for (int c = 0; c < categories; c++) {
            double groupLeft = LEFT + band * c + (band - barWidth * seriesCount) / 2;
            for (int s = 0; s < chart.series().size(); s++) {
                Bars series = chart.series().get(s);
                BigDecimal v = c < series.values().size() ? series.values().get(c) : null;
                if (v == null) {
                    continue;
                }
                double y = scale.y(v, TOP, BOTTOM);
                double top = Math.min(y, zero);
                double height = Math.max(Math.abs(zero - y), 0.5);
                out.append("<g><title>").append(escape(series.name() + " " + chart.categories().get(c) + ": "
                        + DanishFormat.number(v) + " " + chart.unit())).append("</title><rect x=\"")
                        .append(n(groupLeft + barWidth * s)).append("\" y=\"").append(n(top)).append("\" width=\"")
                        .append(n(barWidth - 2)).append("\" height=\"").append(n(height)).append("\" fill=\"")
                        .append(fill(s)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/></g>");
            }
            text(LEFT + band * c + band / 2, BOTTOM + 20, "middle", chart.categories().get(c));
        }
        double x = LEFT;
        double y = HEIGHT - 22;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y - 11)).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(fill(s)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
            text(x + 20, y, "start", name);
            x += 30 + name.length() * 6.6;
        }
    }

    private String fill(int series) {
        return String.format(Locale.ROOT, BAR_FILLS[series % BAR_FILLS.length], id);
    }

    // ---------------------------------------------------------------- common

    private void valueAxis(Scale scale, String unit) {
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick, TOP, BOTTOM);
            out.append("<line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(RIGHT))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>");
            text(LEFT - 8, y + 4, "end", tickLabel(tick, scale.step()));
        }
        out.append("<line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(BOTTOM)).append("\" x2=\"").append(n(RIGHT))
                .append("\" y2=\"").append(n(BOTTOM)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
        if (!unit.isBlank()) {
            text(8, TOP - 4 < 10 ? 10 : TOP - 4, "start", unit);
        }
    }

    /** Millions on a kroner axis read as {@code 3,5 mio.}; smaller ticks as the number. */
    static String tickLabel(BigDecimal tick, BigDecimal step) {
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        if (step.compareTo(new BigDecimal("100000")) >= 0) {
            return DanishFormat.number(tick.divide(million).stripTrailingZeros()) + " mio.";
        }
        return DanishFormat.number(tick);
    }

    private void text(double x, double y, String anchor, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(INK).append("\" ").append(FONT).append('>').append(escape(text)).append("</text>");
    }

    private static BigDecimal min(List<BigDecimal> values) {
        return values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal max(List<BigDecimal> values) {
        return values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** A coordinate with at most one decimal, always with a point: SVG is not Danish. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String safeId(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_-]", "-");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "c-" + s : s;
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
