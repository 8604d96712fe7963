package dk.pejling.rounds;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Forecast;
import dk.pejling.plan.Result;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a unit reports in one entry. For a goal: the figure (or a share {@code of} a count), the
 * text shown instead of the figure, a breakdown (one {@code label: number} a line), the date the
 * figure is as of, a forecast for the year or the deadline, a judgement (for goals judged by hand)
 * and a remark. For an initiative: the narrative and its date. Blank texts are no text.
 */
public record EntryValues(
        @Nullable BigDecimal value,
        @Nullable BigDecimal of,
        @Nullable String display,
        @Nullable String breakdown,
        @Nullable LocalDate asOf,
        @Nullable BigDecimal forecastValue,
        @Nullable String forecastText,
        @Nullable Assessment assessment,
        @Nullable String remark,
        @Nullable String narrative) {

    public static final EntryValues EMPTY = new EntryValues(null, null, null, null, null, null, null, null, null, null);

    public EntryValues {
        display = blankToNull(display);
        breakdown = blankToNull(breakdown);
        forecastText = blankToNull(forecastText);
        remark = blankToNull(remark);
        narrative = blankToNull(narrative);
        value = strip(value);
        of = strip(of);
        forecastValue = strip(forecastValue);
    }

    public static EntryValues narrative(@Nullable String text, @Nullable LocalDate asOf) {
        return new EntryValues(null, null, null, null, asOf, null, null, null, null, text);
    }

    public boolean hasFigure() {
        return value != null || display != null || assessment != null;
    }

    public boolean hasRemark() {
        return remark != null;
    }

    /** The result these values make for the period, keeping what a planner wrote beside an earlier one. */
    public Result toResult(Period period, @Nullable Result existing) {
        return new Result(
                period,
                value,
                of,
                display,
                breakdownMap(),
                forecastValue == null && forecastText == null ? null : new Forecast(forecastValue, forecastText),
                assessment,
                existing == null ? null : existing.reason(),
                existing == null ? null : existing.text(),
                asOf);
    }

    /**
     * The breakdown as labels and numbers in their order. Each line is {@code label: number}, the
     * number in Danish ({@code 1.234,5}) or plain ({@code 1234.5}).
     */
    public Map<String, BigDecimal> breakdownMap() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (breakdown == null) {
            return out;
        }
        int lineNo = 0;
        for (String line : breakdown.split("\\R")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            BigDecimal number = colon < 1 ? null : DanishNumbers.parse(line.substring(colon + 1));
            if (number == null) {
                throw new InvalidInputException("Fordelingens linje " + lineNo + " (»" + line.strip()
                        + "«) skal have formen »betegnelse: tal«, fx »Kvinder: 12«.");
            }
            out.put(line.substring(0, colon).strip(), number);
        }
        return out;
    }

    /** What differs from the values before, field by field, in Danish. */
    public List<Change> changesFrom(EntryValues before) {
        List<Change> out = new ArrayList<>();
        compare(out, "Værdi", before, EntryValues::value, EntryValues::number);
        compare(out, "Ud af", before, EntryValues::of, EntryValues::number);
        compare(out, "Vist tekst", before, EntryValues::display, s -> (String) s);
        compare(out, "Fordeling", before, EntryValues::breakdown, s -> (String) s);
        compare(out, "Opgjort pr.", before, EntryValues::asOf, d -> DanishFormat.date((LocalDate) d));
        compare(out, "Forventning (tal)", before, EntryValues::forecastValue, EntryValues::number);
        compare(out, "Forventning", before, EntryValues::forecastText, s -> (String) s);
        compare(out, "Vurdering", before, EntryValues::assessment, a -> AssessmentTexts.of((Assessment) a));
        compare(out, "Bemærkning", before, EntryValues::remark, s -> (String) s);
        compare(out, "Status", before, EntryValues::narrative, s -> (String) s);
        return out;
    }

    /** One field that changed, its Danish label and its old and new text ("" where empty). */
    public record Change(String field, String before, String after) {}

    private void compare(
            List<Change> out,
            String label,
            EntryValues before,
            Function<EntryValues, @Nullable Object> field,
            Function<Object, String> text) {
        Object old = field.apply(before);
        Object now = field.apply(this);
        boolean same = old instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0 : Objects.equals(old, now);
        if (!same) {
            out.add(new Change(label, old == null ? "" : text.apply(old), now == null ? "" : text.apply(now)));
        }
    }

    private static String number(Object value) {
        return DanishFormat.number((BigDecimal) value);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
