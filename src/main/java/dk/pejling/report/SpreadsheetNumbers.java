package dk.pejling.report;

import dk.pejling.report.CommitteeDocument.Cell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a figure goes into a spreadsheet as a number, and with which number format. A cell is a
 * number only where its printed text is a Danish number, optionally with a unit ({@code 1.500},
 * {@code 57,3}, {@code 43 pct.}, {@code 26.898.526 kr.}, {@code 3,3 mio. kr.}, {@code 10,6
 * procentpoint}), perhaps rounded ({@code ca. 14 mio. kr.}), that says the same as the number
 * behind it. The format then shows exactly that
 * text: the number's decimals as printed, thousands grouped ({@code #,##0}), Danish separators,
 * and the unit as a literal suffix, so a percentage is stored as the number of per cent
 * ({@code 43}, not {@code 0,43}) with the format {@code #,##0" pct."}, and an amount printed in
 * millions as the number of millions ({@code 3,3} with {@code #,##0.0" mio. kr."}): a format that
 * scales kroner ({@code ,,}) is not understood by every reader (POI shows {@code 3300000}), and a
 * column of millions adds up to millions as the reader sees it. A cell whose text says more than the
 * number ({@code Målet blev opnået (508)}) stays text, so the spreadsheet never says less than the
 * printed document.
 */
final class SpreadsheetNumbers {

    /**
     * The format's locale, Danish (LCID 0x406): LibreOffice then groups and separates decimals the
     * Danish way whatever its own language; Excel keeps to the computer's separators.
     */
    static final String DANISH = "[$-406]";

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Pattern DANISH_FIGURE = Pattern.compile(
            "(ca\\. )?(-?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?: (pct\\.|procentpoint|procent|mio\\. kr\\.|kr\\.))?");

    /** A number cell: its value and format. */
    record Figure(BigDecimal value, String format) {}

    private SpreadsheetNumbers() {}

    static @Nullable Figure of(Cell cell) {
        BigDecimal number = cell.number();
        if (number == null) {
            return null;
        }
        Matcher m = DANISH_FIGURE.matcher(cell.text().strip());
        if (!m.matches()) {
            return null;
        }
        String about = m.group(1) == null ? "" : "\"ca. \"";
        int decimals = m.group(4) == null ? 0 : m.group(4).length();
        BigDecimal printed = new BigDecimal(m.group(2) + m.group(3).replace(".", "") + (decimals > 0 ? "." + m.group(4) : ""));
        String unit = m.group(5);
        String digits = DANISH + about + "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        if ("mio. kr.".equals(unit) && sameAsPrinted(number.divide(MILLION), printed, decimals)) {
            return new Figure(plain(number.divide(MILLION)), digits + "\" mio. kr.\"");
        }
        if (!sameAsPrinted(number, printed, decimals)) {
            return null;
        }
        return new Figure(plain(number), unit == null ? digits : digits + "\" " + unit + "\"");
    }

    private static boolean sameAsPrinted(BigDecimal number, BigDecimal printed, int decimals) {
        return number.setScale(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    /** Without an exponent: a normalised {@code 1E+3} is written {@code 1000}. */
    private static BigDecimal plain(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}
