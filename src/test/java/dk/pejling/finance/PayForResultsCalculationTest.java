package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.integrationCatalogue;
import static dk.pejling.finance.FinanceFixtures.kr;
import static dk.pejling.finance.FinanceFixtures.womenIntoJobsGoal;
import static dk.pejling.finance.FinanceFixtures.womenIntoJobsTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.plan.Goal;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Result;
import dk.pejling.shared.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 002, initiative 11: 1,3 mio. kr. once 10 women are in ordinary work for a whole year. */
class PayForResultsCalculationTest {

    private final PayForResultsCalculation womenIntoJobs = PayForResultsCalculation.of(womenIntoJobsTerms());
    private final PayForResultsCalculation perPlacement = PayForResultsCalculation.of(
            new PayForResults(null, "i11-g1", PayRule.PER_OUTCOME, null, null, kr(50_000), kr(1_000_000)));

    @Test
    void allOrNothingPaysTheWholeAmountAtTheThreshold() {
        assertThat(womenIntoJobs.paymentFor(kr(10))).isEqualByComparingTo("1300000");
    }

    @Test
    void allOrNothingPaysNothingOneBelowTheThreshold() {
        assertThat(womenIntoJobs.paymentFor(kr(9))).isEqualByComparingTo("0");
        assertThat(womenIntoJobs.paymentFor(kr(0))).isEqualByComparingTo("0");
    }

    @Test
    void allOrNothingPaysNoMoreThanTheAmountAboveTheThreshold() {
        assertThat(womenIntoJobs.paymentFor(kr(11))).isEqualByComparingTo("1300000");
        assertThat(womenIntoJobs.paymentFor(kr(40))).isEqualByComparingTo("1300000");
    }

    @Test
    void perOutcomePaysEachOutcomeBelowTheCap() {
        assertThat(perPlacement.paymentFor(kr(19))).isEqualByComparingTo("950000");
    }

    @Test
    void perOutcomePaysTheCapExactlyAtIt() {
        assertThat(perPlacement.paymentFor(kr(20))).isEqualByComparingTo("1000000");
    }

    @Test
    void perOutcomeNeverPaysMoreThanTheCap() {
        assertThat(perPlacement.paymentFor(kr(21))).isEqualByComparingTo("1000000");
        assertThat(perPlacement.paymentFor(kr(500))).isEqualByComparingTo("1000000");
    }

    @Test
    void perOutcomeWithoutACapPaysEveryOutcome() {
        PayForResultsCalculation uncapped = PayForResultsCalculation.of(
                new PayForResults(null, null, PayRule.PER_OUTCOME, null, null, kr(50_000), null));

        assertThat(uncapped.paymentFor(kr(30))).isEqualByComparingTo("1500000");
    }

    @Test
    void paysOnTheOutcomeGoalsResultForThePeriodAndNothingWithoutOne() {
        Goal goal = womenIntoJobsGoal(List.of(
                new Result(Period.year(2020), kr(12), null, null, Map.of(), null, null, null, null, null),
                new Result(Period.year(2021), kr(8), null, null, Map.of(), null, null, null, null, null)));

        assertThat(womenIntoJobs.paymentFor(goal, Period.year(2020))).hasValueSatisfying(
                p -> assertThat(p).isEqualByComparingTo("1300000"));
        assertThat(womenIntoJobs.paymentFor(goal, Period.year(2021))).hasValueSatisfying(
                p -> assertThat(p).isEqualByComparingTo("0"));
        assertThat(womenIntoJobs.paymentFor(goal, Period.year(2022))).isEmpty();
    }

    @Test
    void findsTheOutcomeGoalAnywhereInThePlan() {
        assertThat(womenIntoJobs.outcomeGoal(integrationCatalogue())).map(Goal::id).hasValue("i11-g1");
    }

    @Test
    void refusesToPayOnAnotherGoalThanTheTermsName() {
        Goal other = FinanceFixtures.goal("i1-g1", dk.pejling.plan.GoalKind.RESULT, dk.pejling.plan.MeasureUnit.COUNT);

        assertThatThrownBy(() -> womenIntoJobs.paymentFor(other, Period.year(2020)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i11-g1");
    }

    @Test
    void refusesTermsWithoutARuleOrAThreshold() {
        assertThatThrownBy(() -> PayForResultsCalculation.of(
                        new PayForResults("tekst", "g", null, kr(10), kr(1), null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> PayForResultsCalculation.of(
                        new PayForResults("tekst", "g", PayRule.ALL_OR_NOTHING, null, kr(1), null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }
}
