package dk.pejling.assessment;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.Decision;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasurableFrom;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Reference;
import dk.pejling.plan.Result;
import dk.pejling.plan.Section;
import dk.pejling.plan.Target;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Goals, targets, results and initiatives built in tests, in the plan model's normal form. */
final class Fixtures {

    private Fixtures() {}

    static BigDecimal d(String value) {
        return Decimals.normal(new BigDecimal(value));
    }

    static Period y(int year) {
        return Period.year(year);
    }

    static Target level(@Nullable Period p, String value) {
        return new Target(p, d(value), null, null, null, null, null, null);
    }

    static Target change(Period p, String change) {
        return new Target(p, null, d(change), null, null, null, null, null);
    }

    static Target changePercent(Period p, String percent) {
        return new Target(p, null, null, d(percent), null, null, null, null);
    }

    static Target band(Period p, String value, String tolerance) {
        return new Target(p, d(value), null, null, d(tolerance), null, null, null);
    }

    static Target pegged(Period p, String text, String value) {
        return new Target(p, null, null, null, null, new Reference(text, d(value)), null, null);
    }

    /** A target that only says the goal applies in the period (a qualitative goal's). */
    static Target applies(Period p) {
        return new Target(p, null, null, null, null, null, null, null);
    }

    static Target decided(@Nullable Period p, String value, String by, LocalDate date) {
        return new Target(p, d(value), null, null, null, null, null, new Decision(by, date, null));
    }

    static Res result(Period p) {
        return new Res(p);
    }

    static Res result(Period p, String value) {
        return new Res(p).value(value);
    }

    static GoalSpec goal(String id, MeasureUnit unit, Direction direction) {
        return new GoalSpec(id, unit, direction);
    }

    static List<YearAmount> budget(int firstYear, String... amounts) {
        List<YearAmount> out = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            out.add(new YearAmount(firstYear + i, d(amounts[i])));
        }
        return out;
    }

    static Initiative initiative(
            String number,
            InitiativeStatus status,
            @Nullable Period start,
            @Nullable Period end,
            List<YearAmount> budget,
            Goal... goals) {
        return new Initiative(
                "i" + number, number, "Indsats " + number, status, start, end, false, null, null, null, null, null,
                null, budget, List.of(), List.of(), Arrays.asList(goals), List.of(), List.of(), List.of(), null);
    }

    static Plan plan(@Nullable BigDecimal significance, List<Initiative> initiatives) {
        return new Plan(
                "plan", "Plan", null, null, null, new PlanPeriod(y(2019), y(2022)), PlanStatus.ADOPTED, null, null,
                null, List.of(), significance, List.of(), List.of(), List.of(), List.of(), initiatives, List.of());
    }

    /**
     * A section with goals, subsections and initiatives. Built through the record's canonical
     * constructor, with every further list empty and every further field null: the Section record
     * gains fields on other branches (funding, reports), and this keeps the tests building on each.
     */
    static Section section(String id, List<Goal> goals, List<Section> sections, List<Initiative> initiatives) {
        RecordComponent[] components = Section.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            switch (components[i].getName()) {
                case "id":
                case "title":
                    args[i] = id;
                    break;
                case "goals":
                    args[i] = goals;
                    break;
                case "sections":
                    args[i] = sections;
                    break;
                case "initiatives":
                    args[i] = initiatives;
                    break;
                default:
                    args[i] = types[i] == List.class ? List.of() : null;
            }
        }
        try {
            return Section.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A result under construction. */
    static final class Res {
        private final Period period;
        private @Nullable BigDecimal value;
        private @Nullable BigDecimal of;
        private @Nullable String display;
        private @Nullable Assessment assessment;

        Res(Period period) {
            this.period = period;
        }

        Res value(String v) {
            this.value = d(v);
            return this;
        }

        Res of(String whole) {
            this.of = d(whole);
            return this;
        }

        Res display(String text) {
            this.display = text;
            return this;
        }

        Res given(Assessment a) {
            this.assessment = a;
            return this;
        }

        Result build() {
            return new Result(period, value, of, display, Map.of(), null, assessment, null, null, null);
        }
    }

    /** A goal under construction. */
    static final class GoalSpec {
        private final String id;
        private final MeasureUnit unit;
        private final Direction direction;
        private String text = "";
        private @Nullable Baseline baseline;
        private @Nullable BigDecimal significance;
        private boolean multiPart;
        private @Nullable MeasurableFrom measurableFrom;
        private final List<Target> targets = new ArrayList<>();
        private final List<Result> results = new ArrayList<>();

        GoalSpec(String id, MeasureUnit unit, Direction direction) {
            this.id = id;
            this.unit = unit;
            this.direction = direction;
        }

        GoalSpec text(String t) {
            this.text = t;
            return this;
        }

        GoalSpec baseline(String value, @Nullable Period date) {
            this.baseline = new Baseline(d(value), date, null);
            return this;
        }

        GoalSpec significance(String value) {
            this.significance = d(value);
            return this;
        }

        GoalSpec multiPart() {
            this.multiPart = true;
            return this;
        }

        GoalSpec measurableFrom(Period p, @Nullable String sentence) {
            this.measurableFrom = new MeasurableFrom(p, sentence);
            return this;
        }

        GoalSpec target(Target t) {
            targets.add(t);
            return this;
        }

        /** The same level target in each of the years. */
        GoalSpec targets(String value, int... years) {
            for (int year : years) {
                targets.add(level(y(year), value));
            }
            return this;
        }

        GoalSpec result(Res r) {
            results.add(r.build());
            return this;
        }

        Goal build() {
            return new Goal(
                    id, null, GoalKind.ACTIVITY, text, unit, direction, null, baseline, significance, multiPart,
                    measurableFrom, List.copyOf(targets), List.copyOf(results));
        }
    }
}
