package dk.pejling.assessment;

import static dk.pejling.assessment.Fixtures.budget;
import static dk.pejling.assessment.Fixtures.d;
import static dk.pejling.assessment.Fixtures.goal;
import static dk.pejling.assessment.Fixtures.initiative;
import static dk.pejling.assessment.Fixtures.level;
import static dk.pejling.assessment.Fixtures.result;
import static dk.pejling.assessment.Fixtures.y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Direction;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Section;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlanAssessorTest {

    private static Goal counted(String id) {
        return goal(id, MeasureUnit.COUNT, Direction.AT_LEAST)
                .targets("10", 2019, 2020)
                .result(result(y(2019), "12"))
                .build();
    }

    private static Plan plan(
            @Nullable BigDecimal significance, List<Goal> goals, List<Initiative> initiatives, List<Section> sections) {
        return new Plan(
                "plan", "Plan", null, null, null, new PlanPeriod(y(2007), y(2022)), PlanStatus.ADOPTED, null, null,
                null, List.of(), significance, List.of(), List.of(), goals, sections, initiatives, List.of());
    }

    private static Section section(String id, List<Goal> goals, List<Section> sections, List<Initiative> initiatives) {
        return Fixtures.section(id, goals, sections, initiatives);
    }

    @Test
    void assessesEveryGoalInThePlansOrderAndEachInThePeriodsGiven() {
        Initiative first = initiative("1", InitiativeStatus.RUNNING, null, null, budget(2019, "1"),
                counted("a"), counted("b"));
        Initiative nested = initiative("2", InitiativeStatus.RUNNING, null, null, budget(2019, "1"), counted("c"));
        Plan plan = plan(null, List.of(counted("p")), List.of(first), List.of(
                section("s1", List.of(counted("s")), List.of(section("s2", List.of(), List.of(), List.of(nested))),
                        List.of())));

        List<GoalStatus> statuses = PlanAssessor.assess(plan, List.of(y(2019), y(2020)));

        assertThat(statuses)
                .extracting(GoalStatus::goalId, GoalStatus::initiativeId, s -> s.period().toString(), GoalStatus::phrase)
                .containsExactly(
                        tuple("p", null, "2019", "Målet blev opnået (12)."),
                        tuple("p", null, "2020", "Afventer tal."),
                        tuple("a", "i1", "2019", "Målet blev opnået (12)."),
                        tuple("a", "i1", "2020", "Afventer tal."),
                        tuple("b", "i1", "2019", "Målet blev opnået (12)."),
                        tuple("b", "i1", "2020", "Afventer tal."),
                        tuple("s", null, "2019", "Målet blev opnået (12)."),
                        tuple("s", null, "2020", "Afventer tal."),
                        tuple("c", "i2", "2019", "Målet blev opnået (12)."),
                        tuple("c", "i2", "2020", "Afventer tal."));
    }

    @Test
    void givesAGoalHeadingForADeadlineItsColourAndCourse() {
        Period feb2008 = Period.month(YearMonth.of(2008, 2));
        Goal employment = goal("andel", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("54.4", Period.month(YearMonth.of(2006, 11)))
                .target(level(y(2010), "64"))
                .result(result(feb2008, "57.3"))
                .build();

        GoalStatus status = PlanAssessor.assess(plan(null, List.of(employment), List.of(), List.of()), List.of(feb2008))
                .get(0);

        assertThat(status.effective()).isEqualTo(Assessment.PENDING);
        assertThat(status.colour()).isEqualTo(DevelopmentColour.GREEN);
        assertThat(status.projection()).isNotNull();
        assertThat(status.projection().expectedMet()).isTrue();
        assertThat(status.notYetMeasurable()).isNull();
    }

    @Test
    void coloursByThePlansSignificance() {
        Goal rate = goal("rate", MeasureUnit.PERCENT, Direction.AT_LEAST)
                .baseline("50", null)
                .targets("55", 2020)
                .result(result(y(2020), "51"))
                .build();
        List<Period> periods = List.of(y(2020));

        assertThat(PlanAssessor.assess(plan(d("2"), List.of(rate), List.of(), List.of()), periods).get(0).colour())
                .isEqualTo(DevelopmentColour.YELLOW);
        assertThat(PlanAssessor.assess(plan(null, List.of(rate), List.of(), List.of()), periods).get(0).colour())
                .isEqualTo(DevelopmentColour.GREEN);
    }

    @Test
    void saysAnInitiativeHasNotStartedOnceInAPeriodNotUnderEachGoal() {
        Initiative later = initiative("8", InitiativeStatus.RUNNING, y(2020), null, budget(2020, "400000"),
                counted("x"), counted("y"), counted("z"));
        List<GoalStatus> in2019 = PlanAssessor.assess(plan(null, List.of(), List.of(later), List.of()),
                        List.of(y(2019), y(2020)))
                .stream()
                .filter(s -> s.period().equals(y(2019)))
                .toList();
        assertThat(in2019).extracting(GoalStatus::phrase)
                .containsExactly("Indsatsen var ikke igangsat i 2019.", "", "");
        assertThat(in2019).extracting(GoalStatus::effective).containsOnly(Assessment.NOT_STARTED);
    }
}
