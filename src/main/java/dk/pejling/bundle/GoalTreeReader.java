package dk.pejling.bundle;

import dk.pejling.bundle.BundleChecks.IdKind;
import dk.pejling.bundle.BundleChecks.Once;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.Decision;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Forecast;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.MeasurableFrom;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Reference;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a goal of the bundle tree with its baseline, targets and results. */
final class GoalTreeReader {

    static final List<String> GOAL = List.of(
            "id",
            "number",
            "kind",
            "text",
            "unit",
            "direction",
            "contributesTo",
            "baseline",
            "significance",
            "multiPart",
            "measurableFrom",
            "targets",
            "results");
    static final List<String> BASELINE = List.of("value", "date", "text");
    static final List<String> MEASURABLE_FROM = List.of("period", "text");
    static final List<String> TARGET =
            List.of("period", "value", "change", "changePercent", "tolerance", "reference", "text", "decision");
    static final List<String> REFERENCE = List.of("text", "value");
    static final List<String> DECISION = List.of("by", "date", "text");
    static final List<String> RESULT = List.of(
            "period", "value", "of", "display", "breakdown", "forecast", "assessment", "reason", "text", "asOf");
    static final List<String> FORECAST = List.of("value", "text");

    private final Problems problems;
    private final BundleChecks checks;

    GoalTreeReader(Problems problems, BundleChecks checks) {
        this.problems = problems;
        this.checks = checks;
    }

    List<Goal> goals(BundleObject owner) {
        return owner.objects("goals", GOAL, this::goal);
    }

    private @Nullable Goal goal(BundleObject o) {
        String id = o.id("id");
        checks.declare(IdKind.GOAL, id, o.pathOf("id"));
        String number = o.label("number");
        GoalKind kind = o.requiredChoice("kind", GoalKind.class);
        String text = o.requiredText("text");
        MeasureUnit unit = o.requiredChoice("unit", MeasureUnit.class);
        Direction direction = o.requiredChoice("direction", Direction.class);
        String contributesTo = o.text("contributesTo");
        if (contributesTo != null && contributesTo.equals(id)) {
            problems.add(o.pathOf("contributesTo"), "a goal cannot contribute to itself");
        } else {
            checks.refer(IdKind.GOAL, contributesTo, o.pathOf("contributesTo"));
        }
        Baseline baseline = baseline(o.object("baseline", BASELINE));
        BigDecimal significance = o.amount("significance");
        boolean multiPart = o.flag("multiPart");
        MeasurableFrom measurableFrom = measurableFrom(o.object("measurableFrom", MEASURABLE_FROM));
        Once<Period> targetPeriods = new Once<>(problems, "target period");
        List<Target> targets = o.objects("targets", TARGET, t -> target(t, targetPeriods));
        Once<Period> resultPeriods = new Once<>(problems, "result period");
        List<Result> results = o.objects("results", RESULT, r -> result(r, resultPeriods));
        if (id == null || kind == null || text == null || unit == null || direction == null) {
            return null;
        }
        return new Goal(
                id,
                number,
                kind,
                text,
                unit,
                direction,
                contributesTo,
                baseline,
                significance,
                multiPart,
                measurableFrom,
                targets,
                results);
    }

    /** A baseline may lie before the plan: it is where the goal started. */
    private static @Nullable Baseline baseline(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        return new Baseline(o.decimal("value"), o.period("date"), o.text("text"));
    }

    /** The first period a goal can be measured; like a baseline it may lie before the plan. */
    private static @Nullable MeasurableFrom measurableFrom(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        Period period = o.requiredPeriod("period");
        String text = o.text("text");
        return period == null ? null : new MeasurableFrom(period, text);
    }

    private @Nullable Target target(BundleObject o, Once<Period> periods) {
        // A target without a period holds over the plan's whole period.
        Period period = o.period("period");
        checks.withinPlan(period, o.pathOf("period"));
        periods.check(period, o.pathOf("period"));
        BigDecimal value = o.decimal("value");
        BigDecimal change = o.decimal("change");
        BigDecimal changePercent = o.decimal("changePercent");
        BigDecimal tolerance = o.amount("tolerance");
        Reference reference = reference(o.object("reference", REFERENCE));
        String text = o.text("text");
        Decision decision = decision(o.object("decision", DECISION));
        return new Target(period, value, change, changePercent, tolerance, reference, text, decision);
    }

    private @Nullable Period period(BundleObject o, Once<Period> periods) {
        Period period = o.requiredPeriod("period");
        checks.withinPlan(period, o.pathOf("period"));
        periods.check(period, o.pathOf("period"));
        return period;
    }

    private static @Nullable Reference reference(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        String text = o.requiredText("text");
        BigDecimal value = o.decimal("value");
        return text == null ? null : new Reference(text, value);
    }

    private static @Nullable Decision decision(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        return new Decision(o.text("by"), o.date("date"), o.text("text"));
    }

    private @Nullable Result result(BundleObject o, Once<Period> periods) {
        Period period = period(o, periods);
        BigDecimal value = o.decimal("value");
        BigDecimal of = o.decimal("of");
        String display = o.text("display");
        var breakdown = o.decimals("breakdown");
        Forecast forecast = forecast(o.object("forecast", FORECAST));
        Assessment assessment = o.choice("assessment", Assessment.class);
        String reason = o.text("reason");
        String text = o.text("text");
        var asOf = o.date("asOf");
        if (period == null) {
            return null;
        }
        return new Result(period, value, of, display, breakdown, forecast, assessment, reason, text, asOf);
    }

    private static @Nullable Forecast forecast(@Nullable BundleObject o) {
        return o == null ? null : new Forecast(o.decimal("value"), o.text("text"));
    }
}
