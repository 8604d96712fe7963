package dk.pejling.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmountInputTest {

    @Test
    void readsDanishAmountsWithThousandPointsDecimalCommaSpacesAndKr() throws Exception {
        assertThat(AmountInput.parse("4.400.000")).isEqualByComparingTo("4400000");
        assertThat(AmountInput.parse("4400000")).isEqualByComparingTo("4400000");
        assertThat(AmountInput.parse(" 4 400 000 kr. ")).isEqualByComparingTo("4400000");
        assertThat(AmountInput.parse("1.250,50")).isEqualByComparingTo("1250.50");
        assertThat(AmountInput.parse("-5")).isEqualByComparingTo("-5");
    }

    @Test
    void anEmptyFieldIsNoAmount() throws Exception {
        assertThat(AmountInput.parse("  ")).isNull();
        assertThat(AmountInput.parse(null)).isNull();
    }

    @Test
    void refusesWhatItWouldHaveToGuessAtSayingSoInDanish() {
        assertThatThrownBy(() -> AmountInput.parse("4.4"))
                .hasMessage("»4.4« er ikke et beløb i kroner; skriv fx 4.400.000 eller 1.250,50.");
        assertThatThrownBy(() -> AmountInput.parse("fire mio.")).isInstanceOf(AmountInput.NotAnAmount.class);
        assertThatThrownBy(() -> AmountInput.parse("1e9")).isInstanceOf(AmountInput.NotAnAmount.class);
    }
}
