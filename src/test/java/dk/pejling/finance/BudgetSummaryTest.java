package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.integrationPlanStatus;
import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 000: the 2019-22 action plan's budgets, 3,3 + 2,5 + 1,6 mio. kr. in 2019. */
class BudgetSummaryTest {

    private final BudgetSummary summary = BudgetSummary.of(integrationPlanStatus());

    @Test
    void listsEachInitiativesMoneyPerYearIncludingThoseInSections() {
        assertThat(summary.initiatives()).extracting(BudgetSummary.InitiativeBudget::initiativeId)
                .containsExactly("i1", "i2", "i6");
        assertThat(summary.initiatives().get(1).perYear())
                .containsExactly(entry(2019, kr(2_500_000)), entry(2020, kr(2_300_000)));
    }

    @Test
    void totalsThePlansMoneyPerYear() {
        assertThat(summary.totals()).containsOnlyKeys(2019, 2020);
        assertThat(summary.totals().get(2019)).isEqualByComparingTo("7400000");
        assertThat(summary.totals().get(2020)).isEqualByComparingTo("7200000");
    }

    @Test
    void showsWhatIsLeftUnderTheFrameAndWhatGoesOverIt() {
        List<FrameBalance> balance = summary.against(Map.of(2020, kr(7_000_000), 2019, kr(7_500_000)));

        assertThat(balance).extracting(FrameBalance::year).containsExactly(2019, 2020);
        assertThat(balance.get(0).left()).isEqualByComparingTo("100000");
        assertThat(balance.get(0).isOver()).isFalse();
        assertThat(balance.get(1).left()).isEqualByComparingTo("-200000");
        assertThat(balance.get(1).isOver()).isTrue();
    }

    @Test
    void aFramedYearWithoutBudgetIsLeftWhole() {
        FrameBalance balance = summary.against(Map.of(2021, kr(7_000_000))).get(0);

        assertThat(balance.total()).isEqualByComparingTo("0");
        assertThat(balance.left()).isEqualByComparingTo("7000000");
    }

    @Test
    void aFrameSpentToTheKroneIsNotOver() {
        FrameBalance balance = summary.against(Map.of(2019, kr(7_400_000))).get(0);

        assertThat(balance.left()).isEqualByComparingTo("0");
        assertThat(balance.isOver()).isFalse();
    }
}
