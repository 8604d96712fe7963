package dk.pejling.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, moments and periods as the pages write them, in the reader's language: Danish as
 * {@link DanishFormat} writes it ({@code 23.11.2020}, {@code 1. oktober 2026 kl. 14.05},
 * {@code 3. kvartal 2009}), English as {@code 23 Nov 2020}, {@code 1 October 2026 at 14:05},
 * {@code Q3 2009}. The committee documents are Danish documents and keep to {@link DanishFormat}.
 */
public final class PageFormat {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DANISH_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private PageFormat() {}

    public static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** A date in figures: {@code 23.11.2020}, in English {@code 23 Nov 2020}. */
    public static String date(LocalDate date, Locale locale) {
        return english(locale) ? ENGLISH_DATE.format(date) : DanishFormat.date(date);
    }

    /** A moment in words, in Danish time: {@code 1. oktober 2026 kl. 14.05}, in English {@code 1 October 2026 at 14:05}. */
    public static String moment(Instant at, Locale locale) {
        ZonedDateTime local = at.atZone(DANISH_TIME);
        return english(locale) ? ENGLISH_MOMENT.format(local) : DanishFormat.dateTime(at);
    }

    /** A moment in figures as it was stored: {@code 01.02.2022 10:00}, in English {@code 1 Feb 2022 10:00}. */
    public static String dateTime(OffsetDateTime at, Locale locale) {
        return (english(locale) ? ENGLISH_DATE_TIME : DANISH_DATE_TIME).format(at);
    }

    /**
     * A period as running text writes it: {@code 2019}, {@code 3. kvartal 2009}, {@code februar 2008},
     * {@code 31. december 2014}; in English {@code 2019}, {@code Q3 2009}, {@code February 2008}, {@code 31 December 2014}.
     */
    public static String period(Period period, Locale locale) {
        if (!english(locale)) {
            return DanishFormat.period(period);
        }
        return switch (period.kind()) {
            case YEAR -> Integer.toString(period.year());
            case QUARTER -> "Q" + ((period.start().getMonthValue() - 1) / 3 + 1) + " " + period.year();
            case MONTH -> ENGLISH_MONTH.format(period.start());
            default -> ENGLISH_LONG_DATE.format(period.start());
        };
    }
}
