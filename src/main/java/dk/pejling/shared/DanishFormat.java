package dk.pejling.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Numbers, amounts and dates as the committee's documents write them: {@code 1.500},
 * {@code 57,3}, {@code 26.898.526 kr.}, {@code 3,3 mio. kr.}, {@code 43 pct.},
 * {@code 10,6 procentpoint}, {@code 23.11.2020}, {@code 26. november 2009}.
 *
 * <p>Written by hand rather than with {@code NumberFormat} for {@code da-DK}: that puts a no-break
 * space before units and rounds half-even, while the documents round half-up ({@code 2,25} to one
 * decimal is {@code 2,3}) and use an ordinary space.
 */
public final class DanishFormat {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final int MOST_MILLION_DECIMALS = 3;
    private static final String[] MONTHS = {
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december"
    };

    private DanishFormat() {}

    /** The number with the decimals it has ({@code 57.3} is {@code 57,3}, {@code 1500} is {@code 1.500}). */
    public static String number(BigDecimal value) {
        BigDecimal normal = Decimals.normal(value);
        return write(normal == null ? value : normal);
    }

    /** The number rounded half-up to exactly {@code decimals} decimals ({@code 1000000 / 1} is {@code 1.000.000,0}). */
    public static String number(BigDecimal value, int decimals) {
        return write(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Kroner: whole kroner without decimals ({@code 26.898.526 kr.}), øre with two ({@code 12,50 kr.}). */
    public static String kroner(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return (whole ? number(amount, 0) : number(amount, 2)) + " kr.";
    }

    /** Millions of kroner with exactly {@code decimals} decimals, rounded half-up ({@code 3,3 mio. kr.}). */
    public static String millions(BigDecimal amount, int decimals) {
        return number(amount.divide(MILLION), decimals) + " mio. kr.";
    }

    /**
     * Millions of kroner with one decimal where that shows the amount exactly ({@code 3,3 mio. kr.},
     * {@code 1,0 mio. kr.}), two or three where those are needed ({@code 14,53 mio. kr.}), and one
     * decimal rounded half-up where not even three would be exact ({@code 26,9 mio. kr.}).
     */
    public static String millions(BigDecimal amount) {
        BigDecimal inMillions = amount.divide(MILLION);
        for (int decimals = 1; decimals <= MOST_MILLION_DECIMALS; decimals++) {
            if (inMillions.setScale(decimals, RoundingMode.HALF_UP).compareTo(inMillions) == 0) {
                return millions(amount, decimals);
            }
        }
        return millions(amount, 1);
    }

    /** A percentage: {@code 43 pct.}, {@code 57,3 pct.}. */
    public static String percent(BigDecimal value) {
        return number(value) + " pct.";
    }

    /** A difference of percentages: {@code 10,6 procentpoint}. Never written as {@code pct.}. */
    public static String percentagePoints(BigDecimal value) {
        return number(value) + " procentpoint";
    }

    /** A date in figures: {@code 23.11.2020}. */
    public static String date(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** A date in words: {@code 26. november 2009}. */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + ". " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    // history and audit: moments in Copenhagen time
    /** A moment in words, in Copenhagen time: {@code 1. oktober 2026 kl. 14.05}. */
    public static String dateTime(java.time.Instant at) {
        java.time.ZonedDateTime local = at.atZone(java.time.ZoneId.of("Europe/Copenhagen"));
        return longDate(local.toLocalDate()) + " kl. " + String.format("%02d.%02d", local.getHour(), local.getMinute());
    }

    /** The Danish name of a month, lower case as in running text ({@code 11} is {@code november}). */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /**
     * A period as it follows a preposition in running text: {@code 2019}, {@code 3. kvartal 2009},
     * {@code februar 2008}, {@code 31. december 2014}.
     */
    public static String period(Period period) {
        switch (period.kind()) {
            case YEAR:
                return Integer.toString(period.year());
            case QUARTER:
                return ((period.start().getMonthValue() - 1) / 3 + 1) + ". kvartal " + period.year();
            case MONTH:
                return monthName(period.start().getMonthValue()) + " " + period.year();
            default:
                return longDate(period.start());
        }
    }

    private static String write(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }
}
