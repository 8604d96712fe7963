package dk.pejling.finance;

import dk.pejling.plan.StatedAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How finely the source rounded a figure it states: {@code 14,530 mill. kr.} is to the thousand
 * kroner, {@code ca. 14 mill. kr.} to the million, {@code 40,9 mill. kr.} to the hundred thousand.
 * Read from the source's words; where there are none, from the trailing zeros of the amount.
 */
record StatedPrecision(BigDecimal unit) {

    // The first Danish number in the text (26.898.526 or 14,530) and the word for millions or billions after it.
    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*(mia|mill|mio)?");

    static StatedPrecision of(StatedAmount stated) {
        StatedPrecision fromText = fromText(stated.text());
        if (fromText != null) {
            return fromText;
        }
        BigDecimal amount = stated.amount();
        return new StatedPrecision(amount == null ? BigDecimal.ONE : trailingZeroUnit(amount));
    }

    /** The largest difference that rounding alone explains: half the last stated digit. */
    BigDecimal tolerance() {
        return Amounts.divide(unit, BigDecimal.valueOf(2));
    }

    /** The figure rounded as the source rounds: 40.898.526 to the hundred thousand is 40.900.000. */
    BigDecimal round(BigDecimal figure) {
        BigDecimal units = figure.divide(unit, 0, RoundingMode.HALF_UP);
        return Amounts.normal(units.multiply(unit));
    }

    /** True where the two figures differ by more than the source's rounding. */
    boolean differ(BigDecimal computed, BigDecimal stated) {
        return computed.subtract(stated).abs().compareTo(tolerance()) > 0;
    }

    private static @Nullable StatedPrecision fromText(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        BigDecimal scale = scaleWord(m.group(3));
        return new StatedPrecision(Amounts.normal(scale.movePointLeft(decimals)));
    }

    private static BigDecimal scaleWord(@Nullable String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return word.equals("mia") ? BigDecimal.valueOf(1_000_000_000) : BigDecimal.valueOf(1_000_000);
    }

    private static BigDecimal trailingZeroUnit(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.signum() == 0 || stripped.scale() >= 0
                ? BigDecimal.ONE.movePointLeft(Math.max(stripped.scale(), 0))
                : BigDecimal.ONE.movePointRight(-stripped.scale());
    }
}
