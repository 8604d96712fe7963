package dk.pejling.plan;

import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The goals of a synthetic plan: ten shapes taken in turn, so that a plan of ten goals or more
 * has every unit and direction, each with a target and a result for every period.
 */
final class SyntheticGoals {

    private record Shape(GoalKind kind, MeasureUnit unit, Direction direction, String text) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape(GoalKind.ACTIVITY, MeasureUnit.COUNT, Direction.AT_LEAST,
                    "Mindst %s borgere deltager i forløbet"),
            new Shape(GoalKind.RESULT, MeasureUnit.PERCENT, Direction.AT_LEAST,
                    "Minimum %s pct. af deltagerne kommer i job eller uddannelse"),
            new Shape(GoalKind.RESULT, MeasureUnit.PERCENTAGE_POINTS, Direction.AT_MOST,
                    "Forskellen i beskæftigelsesfrekvens er maksimalt %s procentpoint"),
            new Shape(GoalKind.ACTIVITY, MeasureUnit.QUALITATIVE, Direction.NONE,
                    "Der er etableret et fast samarbejde med virksomhederne"),
            new Shape(GoalKind.RESULT, MeasureUnit.COUNT, Direction.AT_MOST,
                    "Højst %s unge er på offentlig forsørgelse i mere end et år"),
            new Shape(GoalKind.RESULT, MeasureUnit.PERCENT, Direction.WITHIN,
                    "Budgetafvigelsen er højst +/- %s pct."),
            new Shape(GoalKind.RESULT, MeasureUnit.PERCENTAGE_POINTS, Direction.INCREASE,
                    "Aktiveringsgraden stiger med %s procentpoint om året"),
            new Shape(GoalKind.ACTIVITY, MeasureUnit.COUNT, Direction.EXACTLY,
                    "Der afholdes %s virksomhedsmøder"),
            new Shape(GoalKind.RESULT, MeasureUnit.PERCENT, Direction.DECREASE,
                    "Sygefraværet nedbringes med mindst %s pct."),
            new Shape(GoalKind.ACTIVITY, MeasureUnit.DKK, Direction.AT_MOST,
                    "Udgifterne til forløbet er højst %s kr."));

    private static final List<String> BREAKDOWN_LABELS =
            List.of("Løntilskud", "Praktik", "Uddannelse", "Ordinær beskæftigelse");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Random random;
    private final List<Period> periods;
    private final LocalDate planStart;

    SyntheticGoals(Random random, List<Period> periods, LocalDate planStart) {
        this.random = random;
        this.periods = periods;
        this.planStart = planStart;
    }

    /** The goals of one initiative; {@code ordinal} picks the shape and varies the options. */
    List<Goal> forInitiative(String initiativeId, int count, int firstOrdinal) {
        List<Goal> goals = new ArrayList<>();
        @Nullable String firstResultGoal = null;
        for (int m = 0; m < count; m++) {
            int ordinal = firstOrdinal + m;
            Shape shape = SHAPES.get(ordinal % SHAPES.size());
            String id = initiativeId + "-g" + (m + 1);
            String contributesTo = shape.kind() == GoalKind.ACTIVITY && firstResultGoal != null && ordinal % 3 == 0
                    ? firstResultGoal
                    : null;
            goals.add(goal(id, Integer.toString(m + 1), shape, ordinal, contributesTo));
            if (shape.kind() == GoalKind.RESULT && firstResultGoal == null) {
                firstResultGoal = id;
            }
        }
        return List.copyOf(goals);
    }

    private Goal goal(String id, String number, Shape shape, int ordinal, @Nullable String contributesTo) {
        int level = level(shape);
        String text = shape.text().contains("%s") ? String.format(shape.text(), level) : shape.text();
        Baseline baseline = shape.unit() == MeasureUnit.QUALITATIVE
                ? null
                : new Baseline(dec(level * 8L / 10), ordinal % 2 == 0 ? Period.date(planStart) : null,
                        ordinal % 4 == 0 ? "I dag er niveauet " + level * 8 / 10 + "." : null);
        MeasurableFrom measurableFrom = shape.kind() == GoalKind.RESULT && periods.size() > 1 && ordinal % 7 == 0
                ? new MeasurableFrom(periods.get(1), "Data for måltallet foreligger først i " + periods.get(1) + ".")
                : null;
        List<Target> targets = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            targets.add(target(shape, level, period, ordinal, p));
            results.add(result(shape, level, period, ordinal, p));
        }
        return new Goal(id, number, shape.kind(), text, shape.unit(), shape.direction(), contributesTo, baseline,
                ordinal % 5 == 0 && shape.unit() != MeasureUnit.QUALITATIVE ? dec(2) : null,
                shape.unit() == MeasureUnit.QUALITATIVE && ordinal % 2 == 1, measurableFrom,
                List.copyOf(targets), List.copyOf(results));
    }

    private int level(Shape shape) {
        if (shape.direction() == Direction.WITHIN) {
            return 1 + random.nextInt(5);
        }
        if (shape.direction() == Direction.DECREASE) {
            return 5 + random.nextInt(20);
        }
        switch (shape.unit()) {
            case COUNT:
                return 50 + random.nextInt(450);
            case PERCENT:
                return 40 + random.nextInt(50);
            case PERCENTAGE_POINTS:
                return 2 + random.nextInt(8);
            case DKK:
                return 100_000 * (5 + random.nextInt(40));
            default:
                return 0;
        }
    }

    private Target target(Shape shape, int level, Period period, int ordinal, int p) {
        boolean last = p == periods.size() - 1;
        switch (shape.direction()) {
            case INCREASE:
                return new Target(period, null, dec(level), null, null, null, null, null);
            case DECREASE:
                return new Target(period, null, null, dec(-level), null, null, null, null);
            case WITHIN:
                return new Target(period, dec(0), null, null, dec(level), null, null, null);
            case NONE:
                return new Target(period, null, null, null, null, null,
                        p == 0 ? "Samarbejdsaftalen er underskrevet" : "Samarbejdet er fastholdt", null);
            default:
                BigDecimal value = dec(level + p * (shape.unit() == MeasureUnit.COUNT ? 5 : 0));
                Reference reference = shape.unit() == MeasureUnit.PERCENT && ordinal % 4 == 1
                        ? new Reference("på niveau med gennemsnittet for hele Københavns Kommune", decimal(level * 10 + 7, 1))
                        : null;
                if (last && shape.unit() == MeasureUnit.COUNT && shape.direction() == Direction.AT_LEAST) {
                    // A target lowered by the committee; the decision is cited in the documents.
                    BigDecimal lowered = dec(level * 9 / 10);
                    LocalDate date = period.start().minusDays(38).isBefore(planStart)
                            ? planStart
                            : period.start().minusDays(38);
                    return new Target(period, lowered, null, null, null, reference, null, new Decision("BIU", date,
                            "BIU har " + date.format(DANISH_DATE) + " besluttet at nedjustere målet for " + period
                                    + " til " + lowered.toPlainString() + "."));
                }
                return new Target(period, value, null, null, null, reference,
                        ordinal % 6 == 1 && p == 0 ? "Mindst " + value.toPlainString() + " i første periode" : null, null);
        }
    }

    private Result result(Shape shape, int level, Period period, int ordinal, int p) {
        boolean last = p == periods.size() - 1;
        Forecast forecast = last && ordinal % 3 == 0
                ? new Forecast(dec(level), "Det forventes, at målet er nået inden årets udgang.")
                : null;
        LocalDate asOf = ordinal % 4 == 2 ? period.end() : null;
        if (shape.unit() == MeasureUnit.QUALITATIVE) {
            Assessment assessment = p == 0 ? Assessment.ACHIEVED
                    : random.nextInt(4) == 0 ? Assessment.NOT_ACHIEVED : random.nextBoolean() ? Assessment.ACHIEVED
                    : Assessment.PENDING;
            return new Result(period, null, null, null, Map.of(), forecast, assessment,
                    assessment == Assessment.NOT_ACHIEVED ? "Aftalen er endnu ikke underskrevet af alle parter" : null,
                    "Status: " + assessment.code(), asOf);
        }
        if (shape.direction() == Direction.WITHIN) {
            return new Result(period, decimal(random.nextInt(level * 40 + 1) - level * 20L, 1), null, null, Map.of(),
                    forecast, null, null, null, asOf);
        }
        int actual = Math.max(0, level - level / 5 + random.nextInt(Math.max(1, level / 2 + 1)));
        if (shape.unit() == MeasureUnit.PERCENT && shape.direction() == Direction.AT_LEAST && ordinal % 2 == 1) {
            // A share: the value counts some of a whole, shown as "77 ud af 110".
            int of = 100 + random.nextInt(50);
            int part = of * Math.min(actual, 100) / 100;
            return new Result(period, dec(part), dec(of),
                    ordinal % 4 == 1 ? "heraf er " + part + " ud af " + of + " kommet i job" : null,
                    Map.of(), forecast, null, null, null, asOf);
        }
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        if (shape.unit() == MeasureUnit.COUNT && shape.direction() == Direction.AT_LEAST && actual >= 8) {
            int rest = actual;
            for (int i = 0; i < BREAKDOWN_LABELS.size() - 1; i++) {
                int share = random.nextInt(rest / 2 + 1);
                breakdown.put(BREAKDOWN_LABELS.get((i + ordinal) % BREAKDOWN_LABELS.size()), dec(share));
                rest -= share;
            }
            breakdown.put(BREAKDOWN_LABELS.get((BREAKDOWN_LABELS.size() - 1 + ordinal) % BREAKDOWN_LABELS.size()),
                    dec(rest));
        }
        BigDecimal value = shape.unit() == MeasureUnit.PERCENTAGE_POINTS || shape.unit() == MeasureUnit.PERCENT
                ? decimal(actual * 10 + random.nextInt(10), 1)
                : dec(actual);
        return new Result(period, value, null, null, breakdown, forecast, null, null,
                ordinal % 5 == 3 ? "Tallet er opgjort af jobcentret." : null, asOf);
    }

    private static BigDecimal dec(long value) {
        return Decimals.normal(BigDecimal.valueOf(value));
    }

    /** {@code unscaled} × 10^-{@code scale}, in normal form: {@code decimal(573, 1)} is 57.3. */
    private static BigDecimal decimal(long unscaled, int scale) {
        return Decimals.normal(BigDecimal.valueOf(unscaled, scale));
    }
}
