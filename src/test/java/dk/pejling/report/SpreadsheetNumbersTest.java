package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.report.CommitteeDocument.Cell;
import dk.pejling.report.CommitteeDocument.NumberKind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures become number cells in a spreadsheet, and how they are shown there. */
class SpreadsheetNumbersTest {

    @ParameterizedTest(name = "{0} ({1}) is {2} with {3}")
    @CsvSource(delimiter = '|', value = {
        "1.500            | 1500     | 1500     | #,##0",
        "93               | 93       | 93       | #,##0",
        "-12              | -12      | -12      | #,##0",
        "57,3             | 57.3     | 57.3     | #,##0.0",
        "2,0              | 2        | 2        | #,##0.0",
        "1.000.000,0      | 1E+6     | 1000000  | #,##0.0",
        "43 pct.          | 43       | 43       | #,##0\" pct.\"",
        "57,3 pct.        | 57.3     | 57.3     | #,##0.0\" pct.\"",
        "10,6 procentpoint| 10.6     | 10.6     | #,##0.0\" procentpoint\"",
        "26.898.526 kr.   | 26898526 | 26898526 | #,##0\" kr.\"",
        "12,50 kr.        | 12.5     | 12.5     | #,##0.00\" kr.\"",
        "3,3 mio. kr.     | 3300000  | 3.3      | #,##0.0\" mio. kr.\"",
        "3,3 mio. kr.     | 3.3      | 3.3      | #,##0.0\" mio. kr.\"",
        "26,9 mio. kr.    | 26898526 | 26.898526| #,##0.0\" mio. kr.\"",
        "ca. 14 mio. kr.  | 14398526 | 14.398526| \"ca. \"#,##0\" mio. kr.\"",
    })
    void aPrintedFigureBecomesANumberShownAsPrinted(String text, String number, String stored, String format) {
        SpreadsheetNumbers.Figure figure =
                SpreadsheetNumbers.of(Cell.number(text, new BigDecimal(number), NumberKind.DECIMAL));
        assertThat(figure).isNotNull();
        assertThat(figure.value()).isEqualByComparingTo(stored);
        assertThat(figure.value().toString()).doesNotContain("E");
        assertThat(figure.format()).isEqualTo("[$-406]" + format);
    }

    @ParameterizedTest(name = "{0} ({1}) stays text")
    @CsvSource(delimiter = '|', value = {
        "Målet blev opnået (508).        | 508",
        "Målet er ikke opnået (43 pct.). | 43",
        "71 jobkonsulenter               | 71",
        "1.500                           | 1499",
        "43 pct.                         | 0.43",
        "3,3 mio. kr.                    | 3400000",
        "1,500                           | 1500",
        "ca. 15 mio. kr.                 | 14398526",
        "omkring 40                      | 40",
    })
    void aFigureThatSaysMoreOrOtherThanItsNumberStaysText(String text, String number) {
        assertThat(SpreadsheetNumbers.of(Cell.number(text, new BigDecimal(number), NumberKind.COUNT))).isNull();
    }
}
