package dk.pejling.assessment;

import static dk.pejling.assessment.Fixtures.changePercent;
import static dk.pejling.assessment.Fixtures.d;
import static dk.pejling.assessment.Fixtures.goal;
import static dk.pejling.assessment.Fixtures.level;
import static dk.pejling.assessment.Fixtures.result;
import static dk.pejling.assessment.Fixtures.y;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Seed 004, chapter 4 (Målopfyldelse ultimo 2007): the four result goals of the job consultant grant. */
class TrendProjectionTest {

    private static final Period NOV_2006 = Period.month(YearMonth.of(2006, 11));
    private static final Period FEB_2008 = Period.month(YearMonth.of(2008, 2));

    /** Andelen af beskæftigede indvandrere og efterkommere øges i perioden 2007-2010 til ca. 64 %. */
    private static Goal employmentRate(String latest) {
        return goal("andel-beskaeftigede", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", NOV_2006)
                .target(level(y(2010), "64"))
                .result(result(FEB_2008, latest))
                .build();
    }

    @Test
    void projectsTheEmploymentRateToReach64PercentByTheEndOf2010() {
        Projection p = TrendProjection.project(employmentRate("57.3"), FEB_2008).orElseThrow();

        // by hand: 1 Nov 2006 to 1 Feb 2008 is 457 days, to the end of 2010 (1 Jan 2011) 1522 days
        long span = ChronoUnit.DAYS.between(LocalDate.of(2006, 11, 1), LocalDate.of(2008, 2, 1));
        long total = ChronoUnit.DAYS.between(LocalDate.of(2006, 11, 1), LocalDate.of(2011, 1, 1));
        assertThat(span).isEqualTo(457);
        assertThat(total).isEqualTo(1522);
        BigDecimal byHand = d("54.4").add(d("2.9").multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64)).setScale(2, RoundingMode.HALF_UP);
        assertThat(byHand).isEqualByComparingTo("64.06");

        assertThat(p.projected()).isEqualByComparingTo(byHand);
        assertThat(p.target()).isEqualByComparingTo("64");
        assertThat(p.deadline()).isEqualTo(y(2010));
        assertThat(p.latest()).isEqualByComparingTo("57.3");
        assertThat(p.latestPeriod()).isEqualTo(FEB_2008);
        assertThat(p.expectedMet()).isTrue();
        assertThat(p.sentence()).isEqualTo("Udviklingen vil såfremt stigningen fortsætter betyde at målet kan nås.");
    }

    @Test
    void saysTheGoalCannotBeReachedWhereTheRiseIsTooSlow() {
        Projection p = TrendProjection.project(employmentRate("56"), FEB_2008).orElseThrow();
        assertThat(p.projected()).isLessThan(d("64"));
        assertThat(p.expectedMet()).isFalse();
        assertThat(p.sentence()).isEqualTo("Udviklingen vil såfremt stigningen fortsætter betyde at målet ikke kan nås.");
    }

    @Test
    void speaksOfAFallWhereTheFigureFalls() {
        Goal falling = goal("g", MeasureUnit.PERCENT, Direction.AT_MOST)
                .baseline("19.56", Period.parse("2007-01-01"))
                .target(level(y(2010), "15"))
                .result(result(y(2007), "17.04"))
                .build();
        Projection p = TrendProjection.project(falling, y(2007)).orElseThrow();
        assertThat(p.expectedMet()).isTrue();
        assertThat(p.sentence()).isEqualTo("Udviklingen vil såfremt faldet fortsætter betyde at målet kan nås.");
    }

    @Test
    void takesThePlansEndAsTheDeadlineOfATargetWithoutAPeriod() {
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", NOV_2006)
                .target(level(null, "64"))
                .result(result(FEB_2008, "57.3"))
                .build();
        assertThat(TrendProjection.project(g, FEB_2008, y(2010)).orElseThrow().projected())
                .isEqualByComparingTo("64.06");
        assertThat(TrendProjection.project(g, FEB_2008)).as("no plan end known").isEmpty();
    }

    @Test
    void judgesTheInterimMeasurementAsPendingUntilTheDeadline() {
        assertThat(GoalAssessor.assess(employmentRate("57.3"), null, FEB_2008).effective())
                .isEqualTo(Assessment.PENDING);
        assertThat(GoalAssessor.assess(employmentRate("64.5"), null, FEB_2008).effective())
                .as("already at the level asked for 2010")
                .isEqualTo(Assessment.ACHIEVED);
    }

    @Test
    void projectsTheBundlesDatingOfTheEmploymentRateTheSameWay() {
        // the plan bundle of seed 004 dates the baseline 2006-11-01 and the deadline 2010-12-31
        Goal g = goal("beskaeftigelsesandel", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", Period.parse("2006-11-01"))
                .target(level(END_OF_2010, "64"))
                .result(result(FEB_2008, "57.3"))
                .build();
        Projection p = TrendProjection.project(g, FEB_2008).orElseThrow();
        assertThat(p.projected()).isEqualByComparingTo("64.06");
        assertThat(p.sentence()).isEqualTo("Udviklingen vil såfremt stigningen fortsætter betyde at målet kan nås.");
    }

    @Test
    void drawsNoLineWithoutADatedBaselineOrBeforeAnyMeasurement() {
        Goal undated = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", null)
                .target(level(y(2010), "64"))
                .result(result(FEB_2008, "57.3"))
                .build();
        assertThat(TrendProjection.project(undated, FEB_2008)).isEmpty();
        assertThat(TrendProjection.project(employmentRate("57.3"), y(2007))).as("as of 2007").isEmpty();
    }

    @Test
    void drawsNoLineOnceTheDeadlineIsMeasured() {
        Goal measured = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", NOV_2006)
                .target(level(y(2010), "64"))
                .result(result(FEB_2008, "57.3"))
                .result(result(y(2010), "63"))
                .build();
        assertThat(TrendProjection.project(measured, y(2010))).isEmpty();
        assertThat(GoalAssessor.assess(measured, null, y(2010)).effective()).isEqualTo(Assessment.NOT_ACHIEVED);
    }

    private static final Period END_OF_2010 = Period.parse("2010-12-31");

    @Test
    void assessesTheCashBenefitRateAsMetWhenItFellBelow18Percent() {
        // "Kontanthjælpsgraden ... kommer ned på 18 %" by 2010: 19,56 primo 2007, 17,04 ultimo 2007
        Period ultimo2007 = Period.parse("2007-12-31");
        Goal g = goal("kontanthjaelpsgrad", MeasureUnit.PERCENT, Direction.AT_MOST)
                .baseline("19.56", Period.parse("2007-01-01"))
                .target(level(END_OF_2010, "18"))
                .result(result(ultimo2007, "17.04"))
                .build();
        GoalAssessment a = GoalAssessor.assess(g, null, ultimo2007);
        assertThat(a.computed()).as("reached before its deadline").isEqualTo(Assessment.ACHIEVED);
        assertThat(DevelopmentColour.of(g, a.actual(), a.target(), null)).isEqualTo(DevelopmentColour.GREEN);
    }

    @Test
    void assessesTheLongTermUnemployedAsMetWhenDownByMoreThanTenPercent() {
        // 5627 on 1 January 2007, 4393 on 1 January 2008: down by 21,9 %
        Period january2008 = Period.parse("2008-01-01");
        Goal g = goal("langtidsledige", MeasureUnit.COUNT, Direction.AT_MOST)
                .baseline("5627", Period.parse("2007-01-01"))
                .target(changePercent(END_OF_2010, "-10"))
                .result(result(january2008, "4393"))
                .build();
        assertThat(GoalAssessor.assess(g, null, january2008).computed()).isEqualTo(Assessment.ACHIEVED);
        BigDecimal fall = d("4393").subtract(d("5627")).multiply(BigDecimal.valueOf(100))
                .divide(d("5627"), 1, RoundingMode.HALF_UP);
        assertThat(dk.pejling.shared.DanishFormat.number(fall)).isEqualTo("-21,9");
    }

    /** 30 % af alle integrationslovsudlændinge skal i perioden påbegynde 6 mdr.'s ordinær beskæftigelse. */
    private static Goal thirtyPercent(@Nullable String sentence) {
        return goal("seks-maaneders-job", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .target(level(END_OF_2010, "30"))
                .measurableFrom(Period.month(YearMonth.of(2008, 9)), sentence)
                .build();
    }

    @Test
    void saysWhenTheThirtyPercentGoalCanFirstBeMeasured() {
        String source = "Der vil først kunne afgives måleresultater for målet i efteråret 2008, fordi "
                + "skatteindkomstregistret ikke er opdateret for 2007 før da.";
        Goal g = thirtyPercent(source);
        assertThat(TrendProjection.notYetMeasurable(g, y(2007))).contains(source);
        assertThat(TrendProjection.notYetMeasurable(thirtyPercent(null), y(2007)))
                .contains("Der kan først afgives måleresultater for målet i september 2008.");
        GoalAssessment a = GoalAssessor.assess(g, null, y(2007));
        assertThat(a.effective()).as("pending, not 'does not apply'").isEqualTo(Assessment.PENDING);
        assertThat(StatusPhrase.of(g, a, Tense.PRESENT_PERFECT)).isEqualTo("Afventer tal.");
    }

    @Test
    void stopsSayingSoOnceTheGoalIsMeasured() {
        Goal measured = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .target(level(y(2010), "30"))
                .measurableFrom(Period.month(YearMonth.of(2008, 9)), null)
                .result(result(Period.quarter(2008, 3), "12"))
                .build();
        assertThat(TrendProjection.notYetMeasurable(measured, Period.quarter(2008, 3))).isEmpty();
        assertThat(TrendProjection.notYetMeasurable(measured, y(2007))).isPresent();
        assertThat(TrendProjection.notYetMeasurable(measured, y(2009))).as("after the month it was due").isEmpty();
    }
}
