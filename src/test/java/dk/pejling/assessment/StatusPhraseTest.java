package dk.pejling.assessment;

import static dk.pejling.assessment.Fixtures.budget;
import static dk.pejling.assessment.Fixtures.decided;
import static dk.pejling.assessment.Fixtures.goal;
import static dk.pejling.assessment.Fixtures.initiative;
import static dk.pejling.assessment.Fixtures.level;
import static dk.pejling.assessment.Fixtures.result;
import static dk.pejling.assessment.Fixtures.y;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.shared.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPhraseTest {

    private static final Period Y2019 = y(2019);
    private static final Period Y2020 = y(2020);

    private static String phrase(Goal goal, Period period, Tense tense) {
        return StatusPhrase.of(goal, GoalAssessor.assess(goal, null, period), tense);
    }

    @Test
    void speaksOfTheLatestPeriodInThePresentPerfectAndOfEarlierOnesInThePast() {
        List<Period> document = List.of(Y2019, Y2020);
        assertThat(Tense.of(Y2020, document)).isEqualTo(Tense.PRESENT_PERFECT);
        assertThat(Tense.of(Y2019, document)).isEqualTo(Tense.PAST);
        assertThat(Tense.of(Period.quarter(2009, 3), List.of(Period.quarter(2009, 3))))
                .as("a document of one period")
                .isEqualTo(Tense.PRESENT_PERFECT);
    }

    @Test
    void writesTheFigureInTheGoalsUnit() {
        Goal points = goal("g", MeasureUnit.PERCENTAGE_POINTS, Direction.AT_MOST)
                .targets("5.8", 2019)
                .result(result(Y2019, "10.6"))
                .build();
        Goal percent = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .targets("64", 2019)
                .result(result(Y2019, "57.3"))
                .build();
        Goal kroner = goal("g", MeasureUnit.DKK, Direction.AT_MOST)
                .targets("30000000", 2019)
                .result(result(Y2019, "26898526"))
                .build();
        Goal count = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST)
                .targets("1500", 2019)
                .result(result(Y2019, "2875"))
                .build();
        assertThat(phrase(points, Y2019, Tense.PRESENT_PERFECT)).isEqualTo("Målet er ikke opnået (10,6 procentpoint).");
        assertThat(phrase(percent, Y2019, Tense.PAST)).isEqualTo("Målet blev ikke opnået (57,3 pct.).");
        assertThat(phrase(kroner, Y2019, Tense.PRESENT_PERFECT)).isEqualTo("Målet er opnået (26.898.526 kr.).");
        assertThat(phrase(count, Y2019, Tense.PRESENT_PERFECT)).isEqualTo("Målet er opnået (2.875).");
    }

    @Test
    void awaitsFiguresNotYetReported() {
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST).targets("350", 2020).build();
        assertThat(phrase(g, Y2020, Tense.PRESENT_PERFECT)).isEqualTo("Afventer tal.");
    }

    @Test
    void saysAnInitiativeHasNotStartedInTheTenseOfThePeriod() {
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST).targets("60", 2009, 2010).build();
        Initiative later = initiative("1", InitiativeStatus.ADOPTED, y(2011), null, budget(2011, "400000"), g);
        Period q3 = Period.quarter(2009, 3);
        assertThat(StatusPhrase.of(g, GoalAssessor.assess(g, later, q3), Tense.PAST))
                .isEqualTo("Indsatsen var ikke igangsat i 3. kvartal 2009.");
        assertThat(StatusPhrase.of(g, GoalAssessor.assess(g, later, y(2010)), Tense.PRESENT_PERFECT))
                .isEqualTo("Indsatsen er endnu ikke igangsat.");
    }

    @Test
    void writesARaisedTargetAsOpjustere() {
        Goal g = goal("g", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .target(level(Y2020, "40"))
                .target(decided(y(2021), "45", "BIU", LocalDate.of(2021, 2, 1)))
                .build();
        assertThat(StatusPhrase.decisions(g))
                .containsExactly("BIU har 01.02.2021 besluttet at opjustere målet for 2021 til 45 pct.");
    }

    @Test
    void writesATargetDecidedWithoutAnEarlierOneAsFastsætte() {
        Goal g = goal("g", MeasureUnit.COUNT, Direction.AT_LEAST)
                .target(decided(y(2021), "195", "BIU", LocalDate.of(2020, 11, 23)))
                .build();
        assertThat(StatusPhrase.decisions(g))
                .containsExactly("BIU har 23.11.2020 besluttet at fastsætte målet for 2021 til 195.");
    }

    @Test
    void writesADecisionOnATargetWithoutAPeriodWithoutNamingOne() {
        Goal g = goal("g", MeasureUnit.PERCENTAGE_POINTS, Direction.AT_MOST)
                .target(decided(null, "5.8", "BIU", LocalDate.of(2009, 11, 26)))
                .build();
        assertThat(StatusPhrase.decisions(g))
                .containsExactly("BIU har 26.11.2009 besluttet at fastsætte målet til 5,8 procentpoint.");
    }

    @Test
    void writesNoEndedNoteForARunningInitiative() {
        Initiative running = initiative("1", InitiativeStatus.RUNNING, null, y(2022), budget(2019, "1"));
        assertThat(StatusPhrase.ended(running)).isEmpty();
    }
}
