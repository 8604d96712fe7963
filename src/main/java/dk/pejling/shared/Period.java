package dk.pejling.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the plans name them: a year ({@code 2019}), a quarter ({@code 2009-Q3}),
 * a month ({@code 2008-02}) or a single date ({@code 2014-12-31}, a deadline or a measurement).
 * Periods order by the day they end, then by length (a quarter before the year that ends with it).
 */
public final class Period implements Comparable<Period> {

    public enum Kind {
        YEAR,
        QUARTER,
        MONTH,
        DATE
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Kind kind;
    private final LocalDate start;
    private final LocalDate end;
    private final String text;

    private Period(Kind kind, LocalDate start, LocalDate end, String text) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    public static Period date(LocalDate date) {
        return new Period(Kind.DATE, date, date, date.toString());
    }

    /** Reads a period, or empty where the text is not one (`2019-Q5`, `2019-13`, `soon`). */
    public static Optional<Period> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return Optional.of(month(YearMonth.parse(s)));
            }
            if (DATE.matcher(s).matches()) {
                return Optional.of(date(LocalDate.parse(s)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Period parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException('"' + text + "\" is not a period"));
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public int year() {
        return start.getYear();
    }

    public boolean isYear() {
        return kind == Kind.YEAR;
    }

    /** True where this period lies wholly inside the other. */
    public boolean within(Period other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    @Override
    public int compareTo(Period o) {
        int c = end.compareTo(o.end);
        return c != 0 ? c : o.start.compareTo(start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    /** The canonical text, as the bundle writes it and the API answers it. */
    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String toString() {
        return text;
    }
}
