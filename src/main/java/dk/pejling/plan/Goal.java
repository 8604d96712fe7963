package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A goal of a plan, section or initiative with its baseline, targets per period and results. */
public record Goal(
        String id,
        @Nullable String number,
        GoalKind kind,
        String text,
        MeasureUnit unit,
        Direction direction,
        @Nullable String contributesTo,
        @Nullable Baseline baseline,
        @Nullable BigDecimal significance,
        boolean multiPart,
        @Nullable MeasurableFrom measurableFrom,
        List<Target> targets,
        List<Result> results) {

    public Optional<Target> target(Period p) {
        return targets.stream().filter(t -> p.equals(t.period())).findFirst();
    }

    /** The periods this goal has a target or a result for, in order. */
    public java.util.SortedSet<Period> periods() {
        java.util.TreeSet<Period> out = new java.util.TreeSet<>();
        targets.stream().filter(t -> t.period() != null).forEach(t -> out.add(t.period()));
        results.forEach(r -> out.add(r.period()));
        return out;
    }

    public Optional<Result> result(Period p) {
        return results.stream().filter(r -> r.period().equals(p)).findFirst();
    }
}
