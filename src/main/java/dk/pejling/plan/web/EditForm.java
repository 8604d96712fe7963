package dk.pejling.plan.web;

import dk.pejling.plan.StoredNumbers;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What a person typed in an edit form, read field by field: each reader returns the value or null
 * and notes a message naming the field where it is missing or malformed. A form with errors is
 * shown again with them and saves nothing.
 */
public final class EditForm {

    /** Danish 23.11.2020 (also 23-11-2020 and 23/11/2020) and ISO 2020-11-23. */
    private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
            java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"),
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Locale locale;
    private @Nullable String problem;

    EditForm(Map<String, String> values, List<FormField> fields, MessageSource messages, Locale locale) {
        this.values = new LinkedHashMap<>(values);
        fields.forEach(f -> this.fields.put(f.name(), f));
        this.messages = messages;
        this.locale = locale;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public @Nullable String error(String name) {
        return errors.get(name);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || problem != null;
    }

    /** A message about the whole form (a stale form), shown above it. */
    public @Nullable String problem() {
        return problem;
    }

    void problem(String message) {
        this.problem = message;
    }

    void set(String name, @Nullable Object value) {
        values.put(name, value == null ? "" : value.toString());
    }

    @Nullable String text(String name) {
        String v = value(name).strip();
        if (v.isEmpty()) {
            required(name);
            return null;
        }
        if (v.length() > 2000) {
            fail(name, "edit.error.tooLong");
            return null;
        }
        return v;
    }

    List<String> list(String name) {
        String v = value(name).strip();
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Nullable Period period(String name) {
        String v = value(name).strip();
        if (v.isEmpty()) {
            required(name);
            return null;
        }
        Optional<Period> p = Period.tryParse(v);
        if (p.isEmpty()) {
            fail(name, "edit.error.period");
            return null;
        }
        return p.get();
    }

    /** A number typed the Danish way ({@code 3.300.000}, {@code 57,3}) or the English way ({@code 57.3}). */
    @Nullable BigDecimal decimal(String name) {
        String v = value(name).strip().replace(" ", "").replace("\u00a0", "");
        if (v.isEmpty()) {
            required(name);
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(normalise(v));
        } catch (NumberFormatException e) {
            fail(name, "edit.error.number");
            return null;
        }
        return storable(name, number, StoredNumbers.isFigure(number), StoredNumbers.FIGURE_DECIMALS);
    }

    /** An amount in kroner: a number the plan's amount columns hold exactly (four decimals). */
    @Nullable BigDecimal amount(String name) {
        BigDecimal number = decimal(name);
        return number == null ? null : storable(name, number, StoredNumbers.isAmount(number), StoredNumbers.AMOUNT_DECIMALS);
    }

    private @Nullable BigDecimal storable(String name, BigDecimal number, boolean fits, int decimals) {
        if (!fits) {
            fail(name, "edit.error.notStorable", StoredNumbers.wholeDigits(decimals), decimals);
            return null;
        }
        return number;
    }

    @Nullable LocalDate date(String name) {
        String v = value(name).strip();
        if (v.isEmpty()) {
            required(name);
            return null;
        }
        for (java.time.format.DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        fail(name, "edit.error.date");
        return null;
    }

    <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
        String v = value(name).strip();
        if (v.isEmpty()) {
            required(name);
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        fail(name, "edit.error.choice");
        return null;
    }

    boolean filled(String name) {
        return !value(name).isBlank();
    }

    /** Notes the message {@code key} against the field, with the field's label as its first argument. */
    void fail(String name, String key, Object... more) {
        if (errors.containsKey(name)) {
            return;
        }
        FormField field = fields.get(name);
        List<Object> args = new ArrayList<>();
        args.add(field == null ? name : field.label());
        args.addAll(Arrays.asList(more));
        errors.put(name, messages.getMessage(key, args.toArray(), locale));
    }

    private void required(String name) {
        FormField field = fields.get(name);
        if (field == null || field.required()) {
            fail(name, "edit.error.required");
        }
    }

    private static String normalise(String v) {
        int comma = v.lastIndexOf(',');
        int dot = v.lastIndexOf('.');
        if (comma >= 0) {
            // Danish: points group thousands, the comma is the decimal sign.
            return v.replace(".", "").replace(',', '.');
        }
        if (dot >= 0 && v.indexOf('.') != dot) {
            return v.replace(".", ""); // 3.300.000
        }
        if (dot >= 0 && v.length() - dot - 1 == 3 && !v.startsWith("0")) {
            return v.replace(".", ""); // 600.000 read as Danish thousands
        }
        return v;
    }
}
