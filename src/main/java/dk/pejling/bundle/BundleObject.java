package dk.pejling.bundle;

import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An object of the bundle tree at a path, read field by field. Each reading method reports what
 * is wrong with the field to {@link Problems} and returns null, so that reading goes on and the
 * bundle's every error is found; an absent field and an explicit {@code null} are the same.
 */
final class BundleObject {

    static final String MISSING = "required field is missing";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Bounds that keep a hostile {@code 1e999999999} from becoming a billion-digit number. */
    static final int MAX_INTEGER_DIGITS = 18;

    static final int MAX_DECIMALS = 8;

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private BundleObject(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The node as an object with the given fields, or null where it is not an object. Fields it
     * has beyond those are reported as unknown, each with its path.
     */
    static @Nullable BundleObject of(JsonNode node, String path, Problems problems, List<String> fields) {
        if (!node.isObject()) {
            problems.add(path, expected("an object", node));
            return null;
        }
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                problems.add(join(path, name), "unknown field");
            }
        }
        return new BundleObject(node, path, problems);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return join(path, field);
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private @Nullable JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String field) {
        return value(field) != null;
    }

    private void missing(String field) {
        problems.add(pathOf(field), MISSING);
    }

    // --- text ---

    @Nullable String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problems.add(pathOf(field), expected("text", value));
            return null;
        }
        return value.asString();
    }

    @Nullable String requiredText(String field) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        String text = text(field);
        if (text != null && text.isBlank()) {
            problems.add(pathOf(field), "must not be empty");
            return null;
        }
        return text;
    }

    /** A number label such as {@code "1.2"}; YAML writers may leave {@code 2} unquoted. */
    @Nullable String label(String field) {
        JsonNode value = value(field);
        if (value != null && value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        return text(field);
    }

    /** A required id: lower-case letters, digits and hyphens. */
    @Nullable String id(String field) {
        String id = requiredText(field);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(pathOf(field), quote(id) + " is not an id (lower-case letters, digits and hyphens)");
            return null;
        }
        return id;
    }

    // --- yes and no ---

    boolean flag(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(pathOf(field), expected("true or false", value));
            return false;
        }
        return value.booleanValue();
    }

    // --- numbers ---

    @Nullable BigDecimal decimal(String field) {
        JsonNode value = value(field);
        return value == null ? null : decimal(value, pathOf(field));
    }

    /** An amount, a count of staff or months: a number that is not negative. */
    @Nullable BigDecimal amount(String field) {
        return notNegative(decimal(field), pathOf(field));
    }

    @Nullable BigDecimal requiredAmount(String field) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return amount(field);
    }

    private @Nullable BigDecimal notNegative(@Nullable BigDecimal value, String at) {
        if (value != null && value.signum() < 0) {
            problems.add(at, value.toPlainString() + " is negative");
            return null;
        }
        return value;
    }

    private @Nullable BigDecimal decimal(JsonNode value, String at) {
        if (!value.isNumber()) {
            problems.add(at, expected("a number", value));
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            problems.add(at, shortNumber(number) + " is too large (at most " + MAX_INTEGER_DIGITS + " digits)");
            return null;
        }
        BigDecimal normal = Decimals.normal(number);
        if (normal != null && normal.scale() > MAX_DECIMALS) {
            problems.add(at, shortNumber(number) + " has more than " + MAX_DECIMALS + " decimals");
            return null;
        }
        return normal;
    }

    private static String shortNumber(BigDecimal number) {
        String text = number.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    // --- years, periods and dates ---

    @Nullable Integer year(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        String at = pathOf(field);
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt() && value.intValue() >= 1000 && value.intValue() <= 9999) {
                return value.intValue();
            }
            problems.add(at, value.asString() + " is not a year");
            return null;
        }
        if (value.isString()) {
            if (YEAR.matcher(value.asString()).matches()) {
                return Integer.parseInt(value.asString());
            }
            problems.add(at, quote(value.asString()) + " is not a year");
            return null;
        }
        problems.add(at, expected("a year", value));
        return null;
    }

    @Nullable Integer requiredYear(String field) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return year(field);
    }

    /** A year ({@code 2019}, as a number or text), a quarter, a month or a date. */
    @Nullable Period period(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        String at = pathOf(field);
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt() && value.intValue() >= 1000 && value.intValue() <= 9999) {
                return Period.year(value.intValue());
            }
            problems.add(at, value.asString() + " is not a period");
            return null;
        }
        if (value.isString()) {
            String text = value.asString();
            Period period = text.equals(text.trim()) ? Period.tryParse(text).orElse(null) : null;
            if (period == null) {
                problems.add(at, quote(text) + " is not a period");
            }
            return period;
        }
        if (value.isNumber()) {
            problems.add(at, value.asString() + " is not a period");
            return null;
        }
        problems.add(at, expected("a period", value));
        return null;
    }

    @Nullable Period requiredPeriod(String field) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return period(field);
    }

    @Nullable LocalDate date(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            problems.add(pathOf(field), expected("a date", value));
            return null;
        }
        String text = value.asString();
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other text that is not a date
        }
        problems.add(pathOf(field), (value.isString() ? quote(text) : text) + " is not a date");
        return null;
    }

    // --- choices ---

    /** One of an enum's codes, written in lower case: {@code at_least}. */
    <E extends Enum<E>> @Nullable E choice(String field, Class<E> type) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        if (value.isString()) {
            for (E constant : constants) {
                if (code(constant).equals(value.asString())) {
                    return constant;
                }
            }
        }
        String allowed = Arrays.stream(constants).map(BundleObject::code).collect(Collectors.joining(", "));
        String found = value.isString() ? quote(value.asString()) : describe(value);
        problems.add(pathOf(field), found + " is not one of " + allowed);
        return null;
    }

    <E extends Enum<E>> @Nullable E requiredChoice(String field, Class<E> type) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return choice(field, type);
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    // --- nested objects and lists ---

    @Nullable BundleObject object(String field, List<String> fields) {
        JsonNode value = value(field);
        return value == null ? null : of(value, pathOf(field), problems, fields);
    }

    @Nullable BundleObject requiredObject(String field, List<String> fields) {
        if (!has(field)) {
            missing(field);
            return null;
        }
        return object(field, fields);
    }

    /** A list of objects, each read by {@code reader}; those that could not be read are left out. */
    <T> List<T> objects(String field, List<String> fields, Function<BundleObject, @Nullable T> reader) {
        List<T> out = new ArrayList<>();
        eachElement(field, (element, at) -> {
            BundleObject object = of(element, at, problems, fields);
            T item = object == null ? null : reader.apply(object);
            if (item != null) {
                out.add(item);
            }
        });
        return List.copyOf(out);
    }

    /** A list of text, each handed with its path to {@code onEach} as well. */
    List<String> texts(String field, BiConsumer<String, String> onEach) {
        List<String> out = new ArrayList<>();
        eachElement(field, (element, at) -> {
            if (!element.isString()) {
                problems.add(at, expected("text", element));
            } else {
                out.add(element.asString());
                onEach.accept(element.asString(), at);
            }
        });
        return List.copyOf(out);
    }

    private void eachElement(String field, BiConsumer<JsonNode, String> onEach) {
        JsonNode value = value(field);
        if (value == null) {
            return;
        }
        if (!value.isArray()) {
            problems.add(pathOf(field), expected("a list", value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            onEach.accept(value.get(i), pathOf(field) + "[" + i + "]");
        }
    }

    /** Named figures in the order written: {@code {Løntilskud: 2, Praktik: 3}}. */
    Map<String, BigDecimal> decimals(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            problems.add(pathOf(field), expected("an object", value));
            return Map.of();
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String at = pathOf(field) + "." + entry.getKey();
            BigDecimal number = entry.getValue().isNull() ? null : decimal(entry.getValue(), at);
            if (entry.getValue().isNull()) {
                problems.add(at, expected("a number", entry.getValue()));
            }
            if (number != null) {
                out.put(entry.getKey(), number);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    // --- messages ---

    static String expected(String what, JsonNode found) {
        return "expected " + what + ", found " + describe(found);
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isString()) {
            return "text " + quote(node.asString());
        }
        if (node.isNumber()) {
            return "the number " + shortNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** Text in quotes, shortened where long, with line breaks shown as {@code \n}. */
    static String quote(String text) {
        String shown = text.replace("\n", "\\n");
        return '"' + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + '"';
    }
}
