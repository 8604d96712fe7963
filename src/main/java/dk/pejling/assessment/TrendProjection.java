package dk.pejling.assessment;

import dk.pejling.plan.Baseline;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.MeasurableFrom;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Projects a goal with dated measurements to its deadline, as seed 004 does for the employment
 * rate (54,4 % in November 2006, 57,3 % in February 2008, 64 % by the end of 2010: {@code
 * Udviklingen vil såfremt stigningen fortsætter betyde at målet kan nås.}), and says when a goal
 * whose data arrive late can first be measured.
 *
 * <p>When a figure was measured: a month or a date names the moment of the count, taken as the
 * start of its first day ({@code 57,3 % (februar 2008)} is 1 February 2008); a year or a quarter is
 * reported once it is over, at the end of its last day (a 2007 status is 1 January 2008). The
 * deadline is the end of the last day of its period ({@code med udgangen af 2010} is 1 January
 * 2011). The line runs through two points only, the baseline and the latest measurement, because
 * that is how the documents reason about a trend. Seed 004's verdict is sensitive to this: counting
 * its two monthly figures at the end of their months instead would give 63,9 % rather than 64,1 %.
 */
public final class TrendProjection {

    private TrendProjection() {}

    /** The projection as known at the end of {@code asOf}, or empty where it cannot be drawn. */
    public static Optional<Projection> project(Goal goal, Period asOf) {
        return project(goal, asOf, null);
    }

    /**
     * As {@link #project(Goal, Period)}, for a goal of a plan ending with {@code planEnd}: a target
     * without a period holds over the whole plan, so its deadline is the plan's end.
     */
    public static Optional<Projection> project(Goal goal, Period asOf, @Nullable Period planEnd) {
        Baseline baseline = goal.baseline();
        if (baseline == null || baseline.value() == null || baseline.date() == null || !hasCourse(goal.direction())) {
            return Optional.empty();
        }
        Target deadlineTarget = goal.targets().stream()
                .filter(t -> t.period() != null && Level.of(t, baseline) != null)
                .max(Comparator.comparing(Target::period))
                .or(() -> goal.targets().stream()
                        .filter(t -> t.period() == null && planEnd != null && Level.of(t, baseline) != null)
                        .findFirst())
                .orElse(null);
        if (deadlineTarget == null) {
            return Optional.empty();
        }
        Period deadline = deadlineTarget.period() != null ? deadlineTarget.period() : planEnd;
        LocalDate from = measuredAt(baseline.date());
        Result latest = goal.results().stream()
                .filter(r -> Figures.measured(goal, r) != null)
                .filter(r -> r.period().compareTo(asOf) <= 0 && measuredAt(r.period()).isAfter(from))
                .max(Comparator.comparing(Result::period))
                .orElse(null);
        if (latest == null || latest.period().within(deadline)) {
            return Optional.empty();
        }
        LocalDate measured = measuredAt(latest.period());
        LocalDate due = deadline.end().plusDays(1);
        if (!measured.isBefore(due)) {
            return Optional.empty();
        }
        BigDecimal base = baseline.value();
        Ratio figure = Figures.measured(goal, latest);
        Ratio projected = figure.minus(base)
                .times(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, due)))
                .dividedBy(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, measured)))
                .plus(base);
        Level level = Level.of(deadlineTarget, baseline);
        boolean met = Boolean.TRUE.equals(level.metBy(projected, goal.direction()));
        return Optional.of(new Projection(
                base,
                baseline.date(),
                figure.rounded(2).stripTrailingZeros(),
                latest.period(),
                deadline,
                level.value(),
                projected.rounded(2),
                met,
                sentence(figure.minus(base).signum(), met)));
    }

    /** {@code Udviklingen vil såfremt stigningen fortsætter betyde at målet kan nås.} and its kin. */
    static String sentence(int movement, boolean met) {
        String course = movement > 0 ? "stigningen fortsætter" : movement < 0 ? "faldet fortsætter" : "niveauet holder";
        return "Udviklingen vil såfremt " + course + " betyde at målet " + (met ? "kan nås." : "ikke kan nås.");
    }

    /**
     * For a goal whose data arrive late and that has no figure by the end of {@code period}: when it
     * can first be measured, in the source's words where the plan holds them (seed 004: the
     * 30 % goal, measurable from the autumn of 2008).
     */
    public static Optional<String> notYetMeasurable(Goal goal, Period period) {
        MeasurableFrom from = goal.measurableFrom();
        if (from == null || period.end().isAfter(from.period().end())) {
            return Optional.empty();
        }
        boolean measured = goal.results().stream()
                .anyMatch(r -> r.value() != null && r.period().compareTo(period) <= 0);
        if (measured) {
            return Optional.empty();
        }
        String text = from.text();
        return Optional.of(text != null && !text.isBlank()
                ? text
                : "Der kan først afgives måleresultater for målet i " + DanishFormat.period(from.period()) + ".");
    }

    /** The moment a figure for the period stands for; see the class comment. */
    static LocalDate measuredAt(Period period) {
        switch (period.kind()) {
            case YEAR:
            case QUARTER:
                return period.end().plusDays(1);
            default:
                return period.start();
        }
    }

    private static boolean hasCourse(@Nullable Direction direction) {
        return direction != null && direction != Direction.NONE;
    }
}
