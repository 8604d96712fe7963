package dk.pejling.report;

import dk.pejling.assessment.GoalCourse;
import dk.pejling.assessment.Projection;
import dk.pejling.assessment.StatusPhrase;
import dk.pejling.assessment.TrendProjection;
import dk.pejling.chart.Chart.DataTable;
import dk.pejling.chart.LineChart;
import dk.pejling.chart.LineChart.Point;
import dk.pejling.chart.LineChart.Series;
import dk.pejling.chart.LineChart.Style;
import dk.pejling.chart.LineChart.Tick;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.Goal;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A goal's course as a chart: the baseline, the targets over time (a target a committee decision
 * changed marked apart), the results, and the straight line from the latest result to the deadline
 * where the trend can be projected. The same chart is on the goal's page and in the status document.
 */
public final class GoalCharts {

    /** More x labels than this overlap; then only every second (third, …) is written. */
    private static final int MOST_TICK_LABELS = 8;

    private GoalCharts() {}

    /** The chart of a goal, or empty where it has no figure to draw (a qualitative goal). */
    public static Optional<LineChart> of(Plan plan, Goal goal) {
        if (goal.unit() == MeasureUnit.QUALITATIVE) {
            return Optional.empty();
        }
        Map<Period, Row> rows = new TreeMap<>();
        List<Point> baselinePoints = new ArrayList<>();
        Baseline baseline = goal.baseline();
        if (baseline != null && baseline.value() != null && baseline.date() != null) {
            baselinePoints.add(point(baseline.date(), baseline.value(), "Udgangspunkt " + DanishFormat.period(baseline.date())
                    + ": " + StatusPhrase.inUnit(goal.unit(), baseline.value()), false));
            rows.computeIfAbsent(baseline.date(), Row::new).baseline = baseline.value();
        }
        List<Point> targets = new ArrayList<>();
        List<Target> ordered = goal.targets().stream()
                .sorted(Comparator.comparing(Target::period, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (Target t : ordered) {
            BigDecimal level = GoalCourse.level(goal, t);
            Period at = t.period() != null ? t.period() : plan.period().end();
            if (level == null) {
                continue;
            }
            boolean changed = t.decision() != null;
            targets.add(point(at, level, "Mål " + DanishFormat.period(at) + ": " + StatusPhrase.inUnit(goal.unit(), level)
                    + (changed ? " (ændret ved beslutning)" : ""), changed));
            Row row = rows.computeIfAbsent(at, Row::new);
            row.target = level;
            row.changed = changed;
        }
        List<Point> results = new ArrayList<>();
        Period latest = null;
        for (Result r : goal.results().stream().sorted(Comparator.comparing(Result::period)).toList()) {
            BigDecimal figure = GoalCourse.figure(goal, r);
            if (figure == null) {
                continue;
            }
            results.add(point(r.period(), figure, "Resultat " + DanishFormat.period(r.period()) + ": "
                    + StatusPhrase.inUnit(goal.unit(), figure), false));
            rows.computeIfAbsent(r.period(), Row::new).result = figure;
            latest = r.period();
        }
        List<Point> projection = new ArrayList<>();
        Projection p = latest == null ? null : TrendProjection.project(goal, latest, plan.period().end()).orElse(null);
        if (p != null) {
            projection.add(point(p.latestPeriod(), p.latest(), "Seneste resultat", false));
            projection.add(point(p.deadline(), p.projected(), "Fremskrevet til " + DanishFormat.period(p.deadline()) + ": "
                    + StatusPhrase.inUnit(goal.unit(), p.projected()), false));
            rows.computeIfAbsent(p.deadline(), Row::new).projected = p.projected();
        }
        if (targets.isEmpty() && results.isEmpty() && baselinePoints.isEmpty()) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        if (!baselinePoints.isEmpty()) {
            series.add(new Series("Udgangspunkt", Style.BASELINE, baselinePoints));
        }
        if (!targets.isEmpty()) {
            series.add(new Series("Mål", Style.TARGET, targets));
        }
        if (!results.isEmpty()) {
            series.add(new Series("Resultat", Style.RESULT, results));
        }
        if (!projection.isEmpty()) {
            series.add(new Series("Fremskrivning", Style.PROJECTION, projection));
        }
        String title = "Udvikling: " + goal.text();
        return Optional.of(new LineChart(title, description(goal, baselinePoints, targets, results, p),
                unitLabel(goal.unit()), ticks(rows.keySet()), series, table(goal, rows, p)));
    }

    private static Point point(Period period, BigDecimal value, String label, boolean marked) {
        return new Point(GoalCourse.measuredAt(period).toEpochDay(), value, label, marked);
    }

    private static List<Tick> ticks(java.util.Set<Period> periods) {
        List<Period> all = new ArrayList<>(periods);
        int every = Math.max(1, (all.size() + MOST_TICK_LABELS - 1) / MOST_TICK_LABELS);
        List<Tick> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            Period p = all.get(i);
            out.add(new Tick(GoalCourse.measuredAt(p).toEpochDay(), shortLabel(p)));
        }
        return out;
    }

    /** A period short enough for an axis: {@code 2019}, {@code 3. kvt. 2009}, {@code feb. 2008}. */
    static String shortLabel(Period p) {
        return switch (p.kind()) {
            case YEAR -> Integer.toString(p.year());
            case QUARTER -> ((p.start().getMonthValue() - 1) / 3 + 1) + ". kvt. " + p.year();
            case MONTH -> DanishFormat.monthName(p.start().getMonthValue()).substring(0, 3) + ". " + p.year();
            case DATE -> DanishFormat.date(p.start());
        };
    }

    static String unitLabel(MeasureUnit unit) {
        return switch (unit) {
            case PERCENT -> "Pct.";
            case PERCENTAGE_POINTS -> "Procentpoint";
            case DKK -> "Kr.";
            default -> "Antal";
        };
    }

    private static String description(
            Goal goal, List<Point> baseline, List<Point> targets, List<Point> results, @Nullable Projection p) {
        StringBuilder out = new StringBuilder();
        if (!baseline.isEmpty()) {
            out.append(sentence(baseline.get(0).label())).append(' ');
        }
        if (!targets.isEmpty()) {
            out.append(targets.size() == 1 ? "Ét mål" : targets.size() + " mål").append(", ");
            long changed = targets.stream().filter(Point::marked).count();
            if (changed > 0) {
                out.append(changed).append(" ændret ved beslutning, ");
            }
        }
        out.append(results.isEmpty() ? "ingen resultater endnu" : results.size() == 1 ? "ét resultat" : results.size() + " resultater");
        if (!results.isEmpty()) {
            out.append(", senest ").append(results.get(results.size() - 1).label().replaceFirst("^Resultat ", ""));
        }
        out.replace(0, out.length(), sentence(out.toString()));
        if (p != null) {
            out.append(" Fremskrevet til ").append(DanishFormat.period(p.deadline())).append(": ")
                    .append(sentence(StatusPhrase.inUnit(goal.unit(), p.projected()))).append(' ').append(p.sentence());
        }
        out.append(" Tallene står i tabellen under figuren.");
        return out.toString();
    }

    /** Ends a sentence with a full stop, unless it ends with one already ({@code 57,3 pct.}). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static DataTable table(Goal goal, Map<Period, Row> rows, @Nullable Projection p) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : rows.values()) {
            List<String> cells = new ArrayList<>();
            cells.add(DanishFormat.period(row.period));
            cells.add(row.baseline == null ? "" : StatusPhrase.inUnit(goal.unit(), row.baseline));
            cells.add(row.target == null ? "" : StatusPhrase.inUnit(goal.unit(), row.target) + (row.changed ? " (ændret)" : ""));
            cells.add(row.result == null ? "" : StatusPhrase.inUnit(goal.unit(), row.result));
            cells.add(row.projected == null ? "" : StatusPhrase.inUnit(goal.unit(), row.projected));
            out.add(List.copyOf(cells));
        }
        return new DataTable("Tallene bag figuren: " + goal.text(),
                List.of("Tidspunkt", "Udgangspunkt", "Mål", "Resultat", "Fremskrivning"), List.copyOf(out));
    }

    private static final class Row {
        final Period period;
        @Nullable BigDecimal baseline;
        @Nullable BigDecimal target;
        @Nullable BigDecimal result;
        @Nullable BigDecimal projected;
        boolean changed;

        Row(Period period) {
            this.period = period;
        }
    }
}
