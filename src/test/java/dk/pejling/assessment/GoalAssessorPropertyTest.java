package dk.pejling.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Reference;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link GoalAssessor} against an oracle (QuickTheories) written another way: every figure is a whole number of
 * hundredths held in a {@code long}, a share is compared by cross-multiplying, a relative change is
 * judged in its own terms ({@code (actual - baseline) / |baseline| * 100} against the target
 * percentage) rather than as a level, and each direction is a row of an explicit table. Values are
 * drawn around every limit (the limit itself and one hundredth either side) as well as at random.
 */
class GoalAssessorPropertyTest {

    enum Kind {
        LEVEL,
        CHANGE,
        CHANGE_PERCENT,
        REFERENCE,
        NO_LEVEL
    }

    enum Placement {
        SAME_PERIOD,
        LATER_PERIOD,
        NO_TARGETS
    }

    private static final Period PERIOD = Period.year(2019);

    /** What kind of goal and target. */
    record Shape(MeasureUnit unit, Direction direction, Kind kind, Placement placement) {}

    /** The baseline and the target's figure and band, in hundredths. */
    record Numbers(boolean hasBaseline, long base, long figure, boolean hasTolerance, long tolerance) {}

    /** Where the actual value lies: at a limit (and a hundredth either side), or anywhere. */
    record Draw(boolean share, long of, boolean atTheLimit, boolean upperEdge, int offset) {}

    /** The result as reported. */
    record Reported(long random, boolean hasResult, boolean hasValue, Optional<Assessment> given) {}

    record Case(Shape shape, Numbers numbers, Draw draw, Reported reported) {}

    @Test
    void computesWhatTheOracleComputes() {
        qt().withExamples(5000).forAll(cases()).checkAssert(GoalAssessorPropertyTest::check);
    }

    private static Gen<Case> cases() {
        Gen<Shape> shapes = Generate.enumValues(MeasureUnit.class).zip(
                Generate.enumValues(Direction.class),
                Generate.enumValues(Kind.class),
                Generate.enumValues(Placement.class),
                Shape::new);
        Gen<Numbers> numbers = Generate.booleans().zip(
                hundredths(), hundredths(), Generate.booleans(), Generate.longRange(0, 1000), Numbers::new);
        Gen<Draw> draws = Generate.booleans().zip(
                wholes(), Generate.booleans(), Generate.booleans(), Generate.range(-1, 1), Draw::new);
        Gen<Reported> reported = hundredths().zip(
                Generate.booleans(),
                Generate.booleans(),
                Generate.enumValues(Assessment.class).toOptionals(30),
                Reported::new);
        return shapes.zip(numbers, draws, reported, Case::new);
    }

    private static void check(Case c) {
        Shape shape = c.shape();
        Numbers f = c.numbers();
        Draw draw = c.draw();
        Reported rep = c.reported();
        MeasureUnit unit = shape.unit();
        Direction direction = shape.direction();
        Kind kind = shape.kind();
        long tolerance = f.hasTolerance() ? f.tolerance() : 0;
        boolean isShare = draw.share() && unit == MeasureUnit.PERCENT;
        long value = draw.atTheLimit()
                ? limitNear(kind, f.hasBaseline() ? f.base() : 0, f.figure(), tolerance, draw.upperEdge(), isShare,
                                draw.of())
                        + draw.offset()
                : rep.random();
        Assessment given = rep.given().orElse(null);

        Target target = target(kind, shape.placement(), f.figure(), f.hasTolerance() ? f.tolerance() : null);
        Result result = rep.hasResult()
                ? new Result(PERIOD, rep.hasValue() ? hundredths(value) : null, draw.share() ? hundredths(draw.of()) : null,
                        null, Map.of(), null, given, null, null, null)
                : null;
        Goal goal = new Goal("g", null, GoalKind.RESULT, "", unit, direction, null,
                f.hasBaseline() ? new Baseline(hundredths(f.base()), null, null) : null, null, false, null,
                target == null ? List.of() : List.of(target),
                result == null ? List.of() : List.of(result));

        Assessment expected = oracle(unit, direction, kind, shape.placement(), f.hasBaseline(), f.base(), f.figure(),
                tolerance, isShare, draw.of(), rep.hasResult(), rep.hasValue(), value);
        GoalAssessment actual = GoalAssessor.assess(goal, null, PERIOD);

        String example = c + " value " + value;
        assertThat(actual.computed()).as("computed for %s", example).isEqualTo(expected);
        Assessment givenHere = rep.hasResult() ? given : null;
        assertThat(actual.given()).as("given for %s", example).isEqualTo(givenHere);
        assertThat(actual.effective()).as("effective for %s", example)
                .isEqualTo(givenHere != null ? givenHere : expected != null ? expected : Assessment.PENDING);
        assertThat(actual.givenDiffers()).as("given differs for %s", example)
                .isEqualTo(givenHere != null && expected != null && givenHere != expected);
    }

    private static Gen<Long> hundredths() {
        return Generate.oneOf(
                Generate.longRange(-100_000, 100_000),
                Generate.pick(List.of(0L, 100L, -100L, 1000L, 10_000L)));
    }

    /** The whole of a share, in hundredths: 100 (of 1), 10000 (of 100) and anything up to 1000. */
    private static Gen<Long> wholes() {
        return Generate.oneOf(Generate.pick(List.of(100L, 10_000L, 20_000L)), Generate.longRange(1, 100_000));
    }

    private static BigDecimal hundredths(long n) {
        return Decimals.normal(BigDecimal.valueOf(n, 2));
    }

    private static @Nullable Target target(Kind kind, Placement placement, long figure, @Nullable Long tolerance) {
        if (placement == Placement.NO_TARGETS) {
            return null;
        }
        Period p = placement == Placement.SAME_PERIOD ? PERIOD : Period.year(2020);
        BigDecimal f = hundredths(figure);
        BigDecimal tol = tolerance == null ? null : hundredths(tolerance);
        switch (kind) {
            case LEVEL:
                return new Target(p, f, null, null, tol, null, null, null);
            case CHANGE:
                return new Target(p, null, f, null, tol, null, null, null);
            case CHANGE_PERCENT:
                return new Target(p, null, null, f, tol, null, null, null);
            case REFERENCE:
                return new Target(p, null, null, null, tol, new Reference("gennemsnittet", f), null, null);
            default:
                return new Target(p, null, null, null, tol, null, null, null);
        }
    }

    /** A value, in hundredths, at or next to where the goal's limit lies (rounded down where it is not whole). */
    private static long limitNear(
            Kind kind, long base, long figure, long tolerance, boolean upperEdge, boolean isShare, long of) {
        long level;
        long band = upperEdge ? tolerance : -tolerance;
        switch (kind) {
            case CHANGE:
                level = base + figure + band;
                break;
            case CHANGE_PERCENT:
                level = base + Math.floorDiv((figure + band) * Math.abs(base), 10_000);
                break;
            default:
                level = figure + band;
        }
        return isShare ? Math.floorDiv(level * of, 10_000) : level;
    }

    /** The oracle: exact long arithmetic and a table of directions. */
    private static @Nullable Assessment oracle(
            MeasureUnit unit, Direction direction, Kind kind, Placement placement, boolean hasBaseline, long base,
            long figure, long tolerance, boolean isShare, long of, boolean hasResult, boolean hasValue, long value) {
        if (placement == Placement.LATER_PERIOD) {
            return Assessment.NOT_APPLICABLE;
        }
        if (!hasResult) {
            return Assessment.PENDING;
        }
        if (!hasValue || unit == MeasureUnit.QUALITATIVE || direction == Direction.NONE) {
            return null;
        }
        // the actual figure as num/den hundredths: a percent share is value/of*100
        long num = isShare ? value * 10_000 : value;
        long den = isShare ? of : 1;

        boolean levelKnown = placement == Placement.SAME_PERIOD
                && (kind == Kind.LEVEL || kind == Kind.REFERENCE
                        || (kind == Kind.CHANGE && hasBaseline)
                        || (kind == Kind.CHANGE_PERCENT && hasBaseline && base != 0));
        if (!levelKnown) {
            if (!hasBaseline) {
                return null;
            }
            long sinceBaseline = Long.signum(num - base * den);
            if (direction == Direction.INCREASE) {
                return sinceBaseline > 0 ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED;
            }
            if (direction == Direction.DECREASE) {
                return sinceBaseline < 0 ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED;
            }
            return null;
        }
        // the gap between what was reached and what was asked, and the band, on one scale
        long gap;
        long band;
        switch (kind) {
            case CHANGE:
                gap = (num - base * den) - figure * den;
                band = tolerance * den;
                break;
            case CHANGE_PERCENT:
                // (actual - baseline) / |baseline| * 100 against the percentage asked, cross-multiplied
                gap = Math.multiplyExact(num - base * den, 10_000L) - Math.multiplyExact(figure * den, Math.abs(base));
                band = Math.multiplyExact(tolerance * den, Math.abs(base));
                break;
            default:
                gap = num - figure * den;
                band = tolerance * den;
        }
        boolean met = meets(direction, gap, band);
        return met ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED;
    }

    private static boolean meets(Direction direction, long gap, long band) {
        switch (direction) {
            case AT_LEAST:
            case INCREASE:
                return gap >= 0;
            case AT_MOST:
            case DECREASE:
                return gap <= 0;
            case EXACTLY:
                return gap == 0;
            case WITHIN:
                return Math.abs(gap) <= band;
            default:
                throw new IllegalArgumentException(direction.name());
        }
    }
}
