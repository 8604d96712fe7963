package dk.pejling.assessment;

import static dk.pejling.assessment.Fixtures.budget;
import static dk.pejling.assessment.Fixtures.initiative;
import static dk.pejling.assessment.Fixtures.y;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.shared.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTextTest {

    private static final List<Period> STATUS_2019_2020 = List.of(y(2019), y(2020));

    @Test
    void writesTheSameAmountEveryYearAsÅrligt() {
        assertThat(BudgetText.describe(budget(2019, "3300000", "3300000", "3300000", "3300000"), true))
                .isEqualTo("3,3 mio. kr. årligt");
        assertThat(BudgetText.describe(budget(2019, "1000000", "1000000"), false)).isEqualTo("1,0 mio. kr. årligt");
    }

    @Test
    void writesTheMostCommonAmountAsTheRateAndTheOthersAsExceptions() {
        assertThat(BudgetText.describe(budget(2019, "2500000", "2300000", "2500000", "2500000"), false))
                .isEqualTo("2,5 mio. kr. årligt, 2,3 mio. kr. i 2020");
        assertThat(BudgetText.describe(budget(2019, "3000000", "1000000", "2000000", "3000000", "3000000"), true))
                .isEqualTo("3,0 mio. kr. årligt, 1,0 mio. kr. i 2020 og 2,0 mio. kr. i 2021");
        assertThat(BudgetText.describe(budget(2019, "1000000", "2000000", "2000000", "1000000", "1000000"), true))
                .isEqualTo("1,0 mio. kr. årligt, 2,0 mio. kr. i 2020 og 2021");
    }

    @Test
    void listsEveryYearOfAnEndedInitiativeWithoutACommonAmount() {
        assertThat(BudgetText.describe(budget(2019, "600000", "400000"), false))
                .isEqualTo("0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020");
        assertThat(BudgetText.describe(budget(2019, "600000", "400000", "200000"), false))
                .isEqualTo("0,6 mio. kr. i 2019, 0,4 mio. kr. i 2020 og 0,2 mio. kr. i 2021");
    }

    @Test
    void keepsTheFirstYearsAmountAsTheRateOfAnInitiativeThatRunsOn() {
        assertThat(BudgetText.describe(budget(2019, "800000", "600000"), true))
                .isEqualTo("0,8 mio. kr. årligt, 0,6 mio. kr. i 2020");
    }

    @Test
    void writesASingleYearWithItsYear() {
        assertThat(BudgetText.describe(budget(2020, "600000"), true)).isEqualTo("0,6 mio. kr. i 2020");
    }

    @Test
    void leavesOutYearsWithoutMoney() {
        assertThat(BudgetText.describe(budget(2019, "0", "400000"), false)).isEqualTo("0,4 mio. kr. i 2020");
        assertThat(BudgetText.describe(List.of(), true)).isEmpty();
    }

    @Test
    void showsAmountsThatNeedMoreThanOneDecimalExactly() {
        assertThat(BudgetText.describe(budget(2019, "2250000", "2250000"), true)).isEqualTo("2,25 mio. kr. årligt");
    }

    @Test
    void readsFromTheInitiativeWhetherItRunsOnAfterTheDocument() {
        Initiative endsWithDocument = initiative("1", InitiativeStatus.RUNNING, null, y(2020), budget(2019, "600000", "400000"));
        Initiative endsLater = initiative("2", InitiativeStatus.RUNNING, null, y(2022), budget(2019, "600000", "400000"));
        Initiative ended = initiative("3", InitiativeStatus.ENDED, null, null, budget(2019, "600000", "400000"));
        assertThat(BudgetText.of(endsWithDocument, STATUS_2019_2020)).isEqualTo("0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020");
        assertThat(BudgetText.of(endsLater, STATUS_2019_2020)).isEqualTo("0,6 mio. kr. årligt, 0,4 mio. kr. i 2020");
        assertThat(BudgetText.of(ended, STATUS_2019_2020)).isEqualTo("0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020");
    }
}
