package dk.pejling.assessment;

import static dk.pejling.assessment.Fixtures.applies;
import static dk.pejling.assessment.Fixtures.band;
import static dk.pejling.assessment.Fixtures.budget;
import static dk.pejling.assessment.Fixtures.change;
import static dk.pejling.assessment.Fixtures.changePercent;
import static dk.pejling.assessment.Fixtures.goal;
import static dk.pejling.assessment.Fixtures.initiative;
import static dk.pejling.assessment.Fixtures.level;
import static dk.pejling.assessment.Fixtures.pegged;
import static dk.pejling.assessment.Fixtures.result;
import static dk.pejling.assessment.Fixtures.y;
import static dk.pejling.plan.Assessment.ACHIEVED;
import static dk.pejling.plan.Assessment.NOT_ACHIEVED;
import static dk.pejling.plan.Assessment.NOT_APPLICABLE;
import static dk.pejling.plan.Assessment.NOT_STARTED;
import static dk.pejling.plan.Assessment.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.shared.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GoalAssessorTest {

    private static final Period Y2019 = y(2019);

    private static Assessment computed(Goal goal) {
        return GoalAssessor.assess(goal, null, Y2019).computed();
    }

    private static Goal levelGoal(MeasureUnit unit, Direction direction, String target, String actual) {
        return goal("g", unit, direction).targets(target, 2019).result(result(Y2019, actual)).build();
    }

    @Test
    void assessesAtLeastGoalAsAchievedWhenActualEqualsTarget() {
        assertThat(computed(levelGoal(MeasureUnit.COUNT, Direction.AT_LEAST, "350", "350"))).isEqualTo(ACHIEVED);
        assertThat(computed(levelGoal(MeasureUnit.COUNT, Direction.AT_LEAST, "350", "508"))).isEqualTo(ACHIEVED);
        assertThat(computed(levelGoal(MeasureUnit.COUNT, Direction.AT_LEAST, "350", "349"))).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void assessesAtMostGoalAsAchievedWhenActualEqualsLimit() {
        assertThat(computed(levelGoal(MeasureUnit.PERCENT, Direction.AT_MOST, "4.5", "4.5"))).isEqualTo(ACHIEVED);
        assertThat(computed(levelGoal(MeasureUnit.PERCENT, Direction.AT_MOST, "4.5", "4.49"))).isEqualTo(ACHIEVED);
        assertThat(computed(levelGoal(MeasureUnit.PERCENT, Direction.AT_MOST, "4.5", "4.51"))).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void assessesExactlyGoalAsAchievedOnlyAtTheFigure() {
        assertThat(computed(levelGoal(MeasureUnit.COUNT, Direction.EXACTLY, "110", "110"))).isEqualTo(ACHIEVED);
        assertThat(computed(levelGoal(MeasureUnit.COUNT, Direction.EXACTLY, "110", "111"))).isEqualTo(NOT_ACHIEVED);
        assertThat(computed(levelGoal(MeasureUnit.COUNT, Direction.EXACTLY, "110", "109"))).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void assessesBandGoalAsAchievedInsideTheToleranceAndOnItsEdges() {
        for (String inside : new String[] {"-2", "0", "1.5", "2"}) {
            Goal g = goal("g", MeasureUnit.PERCENT, Direction.WITHIN)
                    .target(band(Y2019, "0", "2"))
                    .result(result(Y2019, inside))
                    .build();
            assertThat(computed(g)).as("budget deviation %s", inside).isEqualTo(ACHIEVED);
        }
        for (String outside : new String[] {"-2.01", "2.01", "7"}) {
            Goal g = goal("g", MeasureUnit.PERCENT, Direction.WITHIN)
                    .target(band(Y2019, "0", "2"))
                    .result(result(Y2019, outside))
                    .build();
            assertThat(computed(g)).as("budget deviation %s", outside).isEqualTo(NOT_ACHIEVED);
        }
    }

    @Test
    void assessesChangeTargetAsAChangeFromTheBaselineInTheGoalsUnit() {
        Goal up3 = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("10", null)
                .target(change(Y2019, "3"))
                .result(result(Y2019, "13"))
                .build();
        Goal upLess = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("10", null)
                .target(change(Y2019, "3"))
                .result(result(Y2019, "12.9"))
                .build();
        assertThat(computed(up3)).isEqualTo(ACHIEVED);
        assertThat(computed(upLess)).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void assessesRelativeChangeTargetAsDownByAtLeastThatManyPercent() {
        // seed 004: 5627 long-term unemployed on 1 January 2007, 4393 a year later (-21,9 %)
        assertThat(computed(downTenPercentFrom5627("4393"))).isEqualTo(ACHIEVED);
        assertThat(computed(downTenPercentFrom5627("5064.3"))).as("exactly -10 %").isEqualTo(ACHIEVED);
        assertThat(computed(downTenPercentFrom5627("5064.4"))).as("-9,998 %").isEqualTo(NOT_ACHIEVED);
        assertThat(computed(downTenPercentFrom5627("5700"))).isEqualTo(NOT_ACHIEVED);
    }

    private static Goal downTenPercentFrom5627(String actual) {
        return goal("g", MeasureUnit.COUNT, Direction.AT_MOST)
                .baseline("5627", Period.parse("2007-01-01"))
                .target(changePercent(Y2019, "-10"))
                .result(result(Y2019, actual))
                .build();
    }

    @Test
    void judgesAShareOfAPercentGoalByItsPercentage() {
        // seed 000 nr. 6: 55 of 110 matched with private employers against "minimum halvdelen"
        assertThat(computed(share(MeasureUnit.PERCENT, "50", "55", "110"))).isEqualTo(ACHIEVED);
        assertThat(computed(share(MeasureUnit.PERCENT, "50", "54", "110"))).isEqualTo(NOT_ACHIEVED);
        assertThat(computed(share(MeasureUnit.PERCENT, "50", "77", "110"))).isEqualTo(ACHIEVED);
    }

    @Test
    void judgesAShareWithoutRoundingTheDivision() {
        // 1 of 3 is 33,333… pct.: above 33,3333333333 and below 33,3333333334
        assertThat(computed(share(MeasureUnit.PERCENT, "33.3333333333", "1", "3"))).isEqualTo(ACHIEVED);
        assertThat(computed(share(MeasureUnit.PERCENT, "33.3333333334", "1", "3"))).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void judgesAShareOfACountGoalByTheCount() {
        assertThat(computed(share(MeasureUnit.COUNT, "60", "43", "43"))).isEqualTo(NOT_ACHIEVED);
        assertThat(computed(share(MeasureUnit.COUNT, "40", "43", "86"))).isEqualTo(ACHIEVED);
    }

    @Test
    void keepsAPercentagePointGoalInPoints() {
        // 5,8 points of 100 is not turned into a percentage; the figure is compared as points
        assertThat(computed(share(MeasureUnit.PERCENTAGE_POINTS, "5.8", "5.8", "200"))).isEqualTo(ACHIEVED);
        assertThat(computed(share(MeasureUnit.PERCENTAGE_POINTS, "5.8", "10.6", "200"))).isEqualTo(NOT_ACHIEVED);
    }

    private static Goal share(MeasureUnit unit, String target, String value, String of) {
        Direction direction = unit == MeasureUnit.PERCENTAGE_POINTS ? Direction.AT_MOST : Direction.AT_LEAST;
        return goal("g", unit, direction)
                .targets(target, 2019)
                .result(result(Y2019, value).of(of))
                .build();
    }

    @Test
    void judgesATargetPeggedToAReferenceByTheGoalsDirection() {
        // seed 003: the administration's share on level with the municipality's 10,7 %
        Goal below = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .target(pegged(Y2019, "gennemsnittet for hele Københavns Kommune", "10.7"))
                .result(result(Y2019, "9.5"))
                .build();
        Goal level = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .target(pegged(Y2019, "gennemsnittet for hele Københavns Kommune", "10.7"))
                .result(result(Y2019, "10.7"))
                .build();
        assertThat(computed(below)).isEqualTo(NOT_ACHIEVED);
        assertThat(computed(level)).isEqualTo(ACHIEVED);
    }

    @Test
    void leavesAQualitativeGoalToBeJudgedByHand() {
        Goal judged = goal("g", MeasureUnit.QUALITATIVE, Direction.NONE)
                .target(applies(Y2019))
                .result(result(Y2019).given(ACHIEVED))
                .build();
        GoalAssessment a = GoalAssessor.assess(judged, null, Y2019);
        assertThat(a.computed()).isNull();
        assertThat(a.given()).isEqualTo(ACHIEVED);
        assertThat(a.effective()).isEqualTo(ACHIEVED);
        assertThat(a.givenDiffers()).isFalse();
    }

    @Test
    void leavesAGoalWithoutDirectionPendingUntilSomeoneJudgesIt() {
        Goal unjudged = goal("g", MeasureUnit.COUNT, Direction.NONE)
                .targets("10", 2019)
                .result(result(Y2019, "12"))
                .build();
        GoalAssessment a = GoalAssessor.assess(unjudged, null, Y2019);
        assertThat(a.computed()).isNull();
        assertThat(a.effective()).isEqualTo(PENDING);
    }

    @Test
    void judgesADirectionalGoalWithoutAFigureFromItsBaseline() {
        // seed 003: "Der skal være en højere aktiveringsgrad"
        assertThat(computed(directional(Direction.INCREASE, "31"))).isEqualTo(ACHIEVED);
        assertThat(computed(directional(Direction.INCREASE, "30"))).isEqualTo(NOT_ACHIEVED);
        assertThat(computed(directional(Direction.DECREASE, "29.9"))).isEqualTo(ACHIEVED);
        assertThat(computed(directional(Direction.DECREASE, "30.1"))).isEqualTo(NOT_ACHIEVED);
    }

    private static Goal directional(Direction direction, String actual) {
        return goal("g", MeasureUnit.PERCENT, direction)
                .baseline("30", null)
                .result(result(Y2019, actual))
                .build();
    }

    @Test
    void leavesADirectionalGoalWithoutBaselineToBeJudgedByHand() {
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.INCREASE).result(result(Y2019, "31")).build();
        assertThat(computed(g)).isNull();
    }

    @Test
    void assessesAGoalWithoutTargetInThePeriodAsNotApplicable() {
        // seed 000 nr. 4: "I 2019 gennemføres kortlægningen" has nothing to say in 2020
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST)
                .targets("22", 2020)
                .result(result(Y2019, "3"))
                .build();
        GoalAssessment a = GoalAssessor.assess(g, null, Y2019);
        assertThat(a.target()).isNull();
        assertThat(a.computed()).isEqualTo(NOT_APPLICABLE);
        assertThat(a.effective()).isEqualTo(NOT_APPLICABLE);
        assertThat(GoalAssessor.assess(g, null, y(2021)).effective()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void honoursAGivenAssessmentWhereNoTargetApplies() {
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST)
                .targets("22", 2020)
                .result(result(Y2019, "3").given(ACHIEVED))
                .build();
        GoalAssessment a = GoalAssessor.assess(g, null, Y2019);
        assertThat(a.effective()).isEqualTo(ACHIEVED);
        assertThat(a.givenDiffers()).isTrue();
    }

    @Test
    void honoursAResultMarkedNotApplicable() {
        Goal g = goal("g", MeasureUnit.QUALITATIVE, Direction.NONE)
                .target(applies(Y2019))
                .result(result(Y2019).given(NOT_APPLICABLE))
                .build();
        assertThat(GoalAssessor.assess(g, null, Y2019).effective()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void assessesAGoalOfAnInitiativeNotYetStartedAsNotStarted() {
        // seed 000 nr. 7 started in 2020: "Indsatsen var ikke igangsat i 2019"
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST).targets("250", 2019, 2020).build();
        Initiative nr7 = initiative("7", InitiativeStatus.RUNNING, y(2020), null, budget(2020, "600000"), g);
        assertThat(GoalAssessor.assess(g, nr7, Y2019).effective()).isEqualTo(NOT_STARTED);
        assertThat(GoalAssessor.assess(g, nr7, y(2020)).effective()).isEqualTo(PENDING);
    }

    @Test
    void assessesAGoalWithoutResultAsPending() {
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST).targets("350", 2019).build();
        GoalAssessment a = GoalAssessor.assess(g, null, Y2019);
        assertThat(a.actual()).isNull();
        assertThat(a.computed()).isEqualTo(PENDING);
        assertThat(a.effective()).isEqualTo(PENDING);
    }

    @Test
    void keepsThePlannersJudgementAndFlagsThatItDiffersFromTheArithmetic() {
        // seed 000 nr. 5: 43 of 43 got a place, yet the source reports the goal as not achieved
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .targets("100", 2019)
                .result(result(Y2019, "43").of("43").given(NOT_ACHIEVED))
                .build();
        GoalAssessment a = GoalAssessor.assess(g, null, Y2019);
        assertThat(a.computed()).isEqualTo(ACHIEVED);
        assertThat(a.given()).isEqualTo(NOT_ACHIEVED);
        assertThat(a.effective()).isEqualTo(NOT_ACHIEVED);
        assertThat(a.givenDiffers()).isTrue();
    }

    @Test
    void judgesAQuarterAgainstTheTargetOfItsYear() {
        Period q3 = Period.quarter(2009, 3);
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .targets("90", 2009)
                .result(result(q3, "86"))
                .build();
        GoalAssessment a = GoalAssessor.assess(g, null, q3);
        assertThat(a.target()).isNotNull();
        assertThat(a.computed()).isEqualTo(NOT_ACHIEVED);
    }

    @Test
    void judgesEveryPeriodAgainstATargetWithoutAPeriod() {
        // a target without a period holds over the plan's whole period
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .target(level(null, "95"))
                .result(result(Y2019, "96"))
                .result(result(y(2020), "94"))
                .build();
        assertThat(GoalAssessor.assess(g, null, Y2019).effective()).isEqualTo(ACHIEVED);
        assertThat(GoalAssessor.assess(g, null, y(2020)).effective()).isEqualTo(NOT_ACHIEVED);
        assertThat(GoalAssessor.assess(g, null, y(2021)).effective()).isEqualTo(PENDING);
    }

    @Test
    void prefersATargetOfThePeriodToOneWithoutAPeriod() {
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST)
                .target(level(null, "500"))
                .target(level(Y2019, "300"))
                .result(result(Y2019, "400"))
                .build();
        assertThat(GoalAssessor.assess(g, null, Y2019).effective()).isEqualTo(ACHIEVED);
    }

    @Test
    void treatsAMeasurementBeforeTheDeadlineOfAGoalWithDatedBaselineAsPending() {
        // seed 004: 57,3 % in February 2008 towards 64 % by the end of 2010
        Period feb2008 = Period.month(YearMonth.of(2008, 2));
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", Period.month(YearMonth.of(2006, 11)))
                .target(level(y(2010), "64"))
                .result(result(feb2008, "57.3"))
                .build();
        assertThat(GoalAssessor.assess(g, null, feb2008).effective()).isEqualTo(PENDING);
    }
}
