package dk.pejling.assessment;

import static dk.pejling.assessment.Fixtures.band;
import static dk.pejling.assessment.Fixtures.d;
import static dk.pejling.assessment.Fixtures.goal;
import static dk.pejling.assessment.Fixtures.level;
import static dk.pejling.assessment.Fixtures.result;
import static dk.pejling.assessment.Fixtures.y;
import static dk.pejling.assessment.DevelopmentColour.GREEN;
import static dk.pejling.assessment.DevelopmentColour.RED;
import static dk.pejling.assessment.DevelopmentColour.WHITE;
import static dk.pejling.assessment.DevelopmentColour.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Target;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DevelopmentColourTest {

    private static DevelopmentColour colour(Direction direction, String baseline, String actual) {
        return colour(direction, baseline, actual, null, null);
    }

    private static DevelopmentColour colour(
            Direction direction, String baseline, String actual, @Nullable String goalSignificance,
            @Nullable BigDecimal planSignificance) {
        Fixtures.GoalSpec spec = goal("g", MeasureUnit.PERCENT, direction)
                .baseline(baseline, null)
                .result(result(y(2020), actual));
        if (goalSignificance != null) {
            spec.significance(goalSignificance);
        }
        Goal g = spec.build();
        return DevelopmentColour.of(g, g.results().get(0), null, planSignificance);
    }

    @Test
    void coloursARiseGreenForGoalsThatAskForMore() {
        assertThat(colour(Direction.AT_LEAST, "54.4", "57.3")).isEqualTo(GREEN);
        assertThat(colour(Direction.INCREASE, "30", "31")).isEqualTo(GREEN);
        assertThat(colour(Direction.AT_LEAST, "54.4", "50")).isEqualTo(RED);
    }

    @Test
    void coloursAFallGreenForGoalsThatAskForLess() {
        assertThat(colour(Direction.AT_MOST, "19.56", "17.04")).isEqualTo(GREEN);
        assertThat(colour(Direction.DECREASE, "10.6", "9")).isEqualTo(GREEN);
        assertThat(colour(Direction.AT_MOST, "10.6", "11")).isEqualTo(RED);
    }

    @Test
    void coloursAChangeSmallerThanTheGoalsSignificanceYellow() {
        assertThat(colour(Direction.AT_LEAST, "50", "50.9", "1", null)).isEqualTo(YELLOW);
        assertThat(colour(Direction.AT_LEAST, "50", "49.1", "1", null)).isEqualTo(YELLOW);
        assertThat(colour(Direction.AT_LEAST, "50", "51", "1", null)).as("a change of exactly 1 counts").isEqualTo(GREEN);
        assertThat(colour(Direction.AT_LEAST, "50", "49", "1", null)).isEqualTo(RED);
    }

    @Test
    void usesThePlansSignificanceForGoalsWithoutTheirOwn() {
        assertThat(colour(Direction.AT_LEAST, "50", "51.5", null, d("2"))).isEqualTo(YELLOW);
        assertThat(colour(Direction.AT_LEAST, "50", "51.5", "1", d("2"))).as("the goal's own wins").isEqualTo(GREEN);
    }

    @Test
    void countsAnyChangeWhereNoSignificanceIsSetButNotNoChange() {
        assertThat(colour(Direction.AT_LEAST, "50", "50.01")).isEqualTo(GREEN);
        assertThat(colour(Direction.AT_MOST, "50", "50.01")).isEqualTo(RED);
        assertThat(colour(Direction.AT_LEAST, "50", "50")).isEqualTo(YELLOW);
    }

    @Test
    void coloursWhiteWithoutAFigureOrABaseline() {
        Goal noBaseline = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST).result(result(y(2020), "5")).build();
        Goal noFigure = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST).baseline("4", null).build();
        assertThat(DevelopmentColour.of(noBaseline, noBaseline.results().get(0), null, null)).isEqualTo(WHITE);
        assertThat(DevelopmentColour.of(noFigure, null, null, null)).isEqualTo(WHITE);
        assertThat(colour(Direction.NONE, "4", "5")).as("no right way").isEqualTo(WHITE);
    }

    @Test
    void coloursAShareOfAPercentGoalByItsPercentage() {
        // 77 of 110 is 70 %, up from a baseline of 50 %
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("50", null)
                .significance("5")
                .result(result(y(2020), "77").of("110"))
                .build();
        assertThat(DevelopmentColour.of(g, g.results().get(0), null, null)).isEqualTo(GREEN);
    }

    @Test
    void coloursAMoveTowardsTheTargetGreenForExactAndBandGoals() {
        Target exactly100 = level(y(2020), "100");
        Target budgetBand = band(y(2020), "0", "2");
        assertThat(towards(Direction.EXACTLY, exactly100, "80", "95")).isEqualTo(GREEN);
        assertThat(towards(Direction.EXACTLY, exactly100, "80", "125")).isEqualTo(RED);
        assertThat(towards(Direction.WITHIN, budgetBand, "-6", "3")).isEqualTo(GREEN);
        assertThat(towards(Direction.WITHIN, budgetBand, "-3", "3")).as("as far off as before").isEqualTo(YELLOW);
        assertThat(towards(Direction.WITHIN, null, "-3", "1")).as("no target to move towards").isEqualTo(WHITE);
    }

    private static DevelopmentColour towards(
            Direction direction, @Nullable Target target, String baseline, String actual) {
        Goal g = goal("g", MeasureUnit.PERCENT, direction)
                .baseline(baseline, null)
                .result(result(y(2020), actual))
                .build();
        return DevelopmentColour.of(g, g.results().get(0), target, null);
    }
}
