package dk.pejling.finance;

import static dk.pejling.finance.FinanceFixtures.kr;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.plan.StatedAmount;
import org.junit.jupiter.api.Test;

/** How finely a source rounded the figures seed 004 states. */
class StatedPrecisionTest {

    private static StatedPrecision of(long amount, String text) {
        return StatedPrecision.of(new StatedAmount(2007, kr(amount), text));
    }

    @Test
    void readsTheLastStatedDigitOfMillionsFromTheSourcesWords() {
        assertThat(of(14_530_000, "14,530 mill. kr.").unit()).isEqualByComparingTo("1000");
        assertThat(of(14_000_000, "ca. 14 mill. kr.").unit()).isEqualByComparingTo("1000000");
        assertThat(of(40_900_000, "40,9 mill. kr. (2007 niveau)").unit()).isEqualByComparingTo("100000");
        assertThat(of(12_500_000, "kr.12,5 mill.").unit()).isEqualByComparingTo("100000");
        assertThat(of(3_300_000, "3,3 mio. kr.").unit()).isEqualByComparingTo("100000");
    }

    @Test
    void aFigureToTheKroneIsRoundedToTheKrone() {
        assertThat(of(26_898_526, "26.898.526 kr.").unit()).isEqualByComparingTo("1");
    }

    @Test
    void withoutWordsTheAmountsTrailingZerosTellTheRounding() {
        assertThat(StatedPrecision.of(new StatedAmount(2008, kr(34_900_000), null)).unit())
                .isEqualByComparingTo("100000");
        assertThat(StatedPrecision.of(new StatedAmount(2008, kr("57.3"), null)).unit())
                .isEqualByComparingTo("0.1");
    }

    @Test
    void roundsAFigureAsTheSourceRounds() {
        assertThat(of(40_900_000, "40,9 mill. kr.").round(kr(40_898_526))).isEqualTo(kr(40_900_000));
        assertThat(of(14_530_000, "14,530 mill. kr.").round(kr(14_531_250))).isEqualTo(kr(14_531_000));
        assertThat(of(14_000_000, "ca. 14 mill. kr.").round(kr(14_500_000))).isEqualTo(kr(15_000_000));
    }

    @Test
    void onlyAGapBeyondHalfTheLastDigitIsMoreThanRounding() {
        StatedPrecision aboutFourteenMillion = of(14_000_000, "ca. 14 mill. kr.");

        assertThat(aboutFourteenMillion.differ(kr(14_500_000), kr(14_000_000))).isFalse();
        assertThat(aboutFourteenMillion.differ(kr(14_500_001), kr(14_000_000))).isTrue();
        assertThat(aboutFourteenMillion.differ(kr(13_499_999), kr(14_000_000))).isTrue();
    }
}
