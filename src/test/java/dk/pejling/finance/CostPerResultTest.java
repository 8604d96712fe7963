package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.integrationPlanStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Seed 000: 3,3 mio. kr. for 508 participants in 2019; 1,6 mio. kr. for 77 of 110 young people in leisure jobs. */
class CostPerResultTest {

    private final Plan plan = integrationPlanStatus();

    private CostPerResult of(String initiativeId) {
        return CostPerResult.of(plan.initiative(initiativeId).orElseThrow());
    }

    private static BigDecimal shown(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void budgetPerParticipantIsTheYearsBudgetOverTheActivityGoalsCount() {
        assertThat(of("i1").perParticipant(2019, "i1-g1")).hasValueSatisfying(
                c -> assertThat(shown(c)).isEqualByComparingTo("6496.06"));
        assertThat(of("i1").perParticipant(2020, "i1-g1")).hasValueSatisfying(
                c -> assertThat(shown(c)).isEqualByComparingTo("6145.25"));
    }

    @Test
    void budgetPerOutcomeCountsTheOutcomesBehindAShare() {
        assertThat(of("i6").perOutcome(2020, "i6-g2")).hasValueSatisfying(
                c -> assertThat(shown(c)).isEqualByComparingTo("20779.22"));
    }

    @Test
    void aBarePercentageCountsNoOutcomes() {
        assertThat(of("i1").perOutcome(2019, "i1-g4")).isEmpty();
    }

    @Test
    void aYearWithoutBudgetOrWithoutResultHasNoCostPerResult() {
        assertThat(of("i1").perParticipant(2021, "i1-g1")).isEmpty();
        assertThat(of("i2").perParticipant(2018, "i2-g1")).isEmpty();
    }

    @Test
    void anActivityGoalIsNotAnOutcomeNorAResultGoalAParticipantCount() {
        assertThat(of("i6").perOutcome(2020, "i6-g1")).isEmpty();
        assertThat(of("i6").perParticipant(2020, "i6-g2")).isEmpty();
        assertThat(of("i6").perParticipant(2020, "no-such-goal")).isEmpty();
    }
}
