package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DanishFormatTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void writesThousandsWithPointsAndDecimalsWithComma() {
        assertThat(DanishFormat.number(d("1500"))).isEqualTo("1.500");
        assertThat(DanishFormat.number(d("26898526"))).isEqualTo("26.898.526");
        assertThat(DanishFormat.number(d("57.3"))).isEqualTo("57,3");
        assertThat(DanishFormat.number(d("19.56"))).isEqualTo("19,56");
        assertThat(DanishFormat.number(d("999"))).isEqualTo("999");
        assertThat(DanishFormat.number(d("1234567.89"))).isEqualTo("1.234.567,89");
        assertThat(DanishFormat.number(d("-2"))).isEqualTo("-2");
        assertThat(DanishFormat.number(d("-1500.5"))).isEqualTo("-1.500,5");
    }

    @Test
    void dropsTrailingZerosOfAnExactFigure() {
        assertThat(DanishFormat.number(d("43.00"))).isEqualTo("43");
        assertThat(DanishFormat.number(d("3.3E+6"))).isEqualTo("3.300.000");
    }

    @Test
    void roundsHalfUpNotHalfEven() {
        assertThat(DanishFormat.number(d("2.25"), 1)).isEqualTo("2,3");
        assertThat(DanishFormat.number(d("2.35"), 1)).isEqualTo("2,4");
        assertThat(DanishFormat.number(d("0.125"), 2)).isEqualTo("0,13");
        assertThat(DanishFormat.number(d("1500.5"), 0)).isEqualTo("1.501");
        assertThat(DanishFormat.number(d("3"), 1)).isEqualTo("3,0");
    }

    @Test
    void writesNoNegativeZero() {
        assertThat(DanishFormat.number(d("-0.04"), 1)).isEqualTo("0,0");
    }

    @Test
    void writesKronerWithoutNoBreakSpace() {
        assertThat(DanishFormat.kroner(d("26898526"))).isEqualTo("26.898.526 kr.");
        assertThat(DanishFormat.kroner(d("375000"))).isEqualTo("375.000 kr.");
        assertThat(DanishFormat.kroner(d("12.5"))).isEqualTo("12,50 kr.");
        assertThat(DanishFormat.kroner(d("1500"))).doesNotContain("\u00a0", "\u202f");
    }

    @Test
    void writesMillionsWithTheDecimalsAsked() {
        assertThat(DanishFormat.millions(d("3300000"), 1)).isEqualTo("3,3 mio. kr.");
        assertThat(DanishFormat.millions(d("1000000"), 1)).isEqualTo("1,0 mio. kr.");
        assertThat(DanishFormat.millions(d("14530000"), 3)).isEqualTo("14,530 mio. kr.");
        assertThat(DanishFormat.millions(d("2250000"), 1)).isEqualTo("2,3 mio. kr.");
        assertThat(DanishFormat.millions(d("34900000"), 1)).isEqualTo("34,9 mio. kr.");
    }

    @Test
    void writesMillionsWithOneDecimalWhereThatIsExact() {
        assertThat(DanishFormat.millions(d("600000"))).isEqualTo("0,6 mio. kr.");
        assertThat(DanishFormat.millions(d("1000000"))).isEqualTo("1,0 mio. kr.");
        assertThat(DanishFormat.millions(d("14530000"))).isEqualTo("14,53 mio. kr.");
        assertThat(DanishFormat.millions(d("2125000"))).isEqualTo("2,125 mio. kr.");
        assertThat(DanishFormat.millions(d("26898526"))).isEqualTo("26,9 mio. kr.");
    }

    @Test
    void writesPercentAndPercentagePointsApart() {
        assertThat(DanishFormat.percent(d("43"))).isEqualTo("43 pct.");
        assertThat(DanishFormat.percent(d("57.3"))).isEqualTo("57,3 pct.");
        assertThat(DanishFormat.percentagePoints(d("10.6"))).isEqualTo("10,6 procentpoint");
        assertThat(DanishFormat.percentagePoints(d("5.8"))).isEqualTo("5,8 procentpoint");
    }

    @Test
    void writesDatesInFiguresAndInWords() {
        assertThat(DanishFormat.date(LocalDate.of(2020, 11, 23))).isEqualTo("23.11.2020");
        assertThat(DanishFormat.date(LocalDate.of(2021, 2, 1))).isEqualTo("01.02.2021");
        assertThat(DanishFormat.longDate(LocalDate.of(2009, 11, 26))).isEqualTo("26. november 2009");
        assertThat(DanishFormat.longDate(LocalDate.of(2008, 1, 1))).isEqualTo("1. januar 2008");
    }

    @Test
    void writesPeriodsAsRunningTextNamesThem() {
        assertThat(DanishFormat.period(Period.year(2019))).isEqualTo("2019");
        assertThat(DanishFormat.period(Period.quarter(2009, 3))).isEqualTo("3. kvartal 2009");
        assertThat(DanishFormat.period(Period.month(YearMonth.of(2008, 2)))).isEqualTo("februar 2008");
        assertThat(DanishFormat.period(Period.date(LocalDate.of(2014, 12, 31)))).isEqualTo("31. december 2014");
    }
}
