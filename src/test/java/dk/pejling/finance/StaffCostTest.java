package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.plan.UnitCost;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StaffCostTest {

    private final StaffCost consultant = StaffCost.of(new UnitCost(kr(375_000), "jobkonsulent pr. år"));

    @Test
    void anAmountPaysForWholeStaffOnlyRoundedDown() {
        assertThat(consultant.staffFor(kr(26_898_526))).isEqualByComparingTo("71");
        assertThat(consultant.staffFor(kr(72 * 375_000 - 1))).isEqualByComparingTo("71");
        assertThat(consultant.staffFor(kr(72 * 375_000))).isEqualByComparingTo("72");
        assertThat(consultant.staffFor(kr(374_999))).isEqualByComparingTo("0");
    }

    @Test
    void staffForPartOfAYearCostThatShareOfTheUnitCost() {
        assertThat(consultant.costOf(kr(93), kr(5))).isEqualByComparingTo("14531250");
        assertThat(consultant.costOf(kr(1), kr(6))).isEqualByComparingTo("187500");
    }

    @Test
    void staffWithoutMonthsCostAFullYear() {
        assertThat(consultant.costOf(kr(93), null)).isEqualByComparingTo("34875000");
        assertThat(consultant.costOf(kr(93))).isEqualByComparingTo("34875000");
    }

    @Test
    void aMonthThatDoesNotDivideEvenlyKeepsItsØre() {
        BigDecimal oneMonth = StaffCost.perYear(kr(100_000)).costOf(BigDecimal.ONE, BigDecimal.ONE);

        assertThat(oneMonth.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("8333.33");
        assertThat(oneMonth.scale()).isGreaterThan(2);
    }

    @Test
    void refusesAUnitCostThatIsNotPositive() {
        assertThatThrownBy(() -> StaffCost.perYear(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
