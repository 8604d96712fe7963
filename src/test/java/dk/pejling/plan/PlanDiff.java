package dk.pejling.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Where two plans differ, as paths a reader can follow ({@code sections[0].initiatives[2].goals[1]
 * .results[3].value: 57.3 ≠ 57.30}). Maps compare in order too, which {@code equals} does not:
 * a result's breakdown must come back in the order it was written.
 */
final class PlanDiff {

    private static final int LIMIT = 25;

    private PlanDiff() {}

    static List<String> between(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        compare("plan", expected, actual, out);
        return out;
    }

    /** Calls {@code visitor} with the path and value of every leaf under {@code root}. */
    static void walk(String path, @Nullable Object value, BiConsumer<String, @Nullable Object> visitor) {
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(path + "." + c.getName(), component(c, value), visitor);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path + "{" + k + "}", v, visitor));
        } else {
            visitor.accept(path, value);
        }
    }

    private static void compare(String path, @Nullable Object expected, @Nullable Object actual, List<String> out) {
        if (out.size() >= LIMIT) {
            return;
        }
        if (expected == null || actual == null) {
            if (expected != actual) {
                out.add(path + ": " + expected + " ≠ " + actual);
            }
        } else if (expected.getClass().isRecord() && expected.getClass() == actual.getClass()) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                compare(path + "." + c.getName(), component(c, expected), component(c, actual), out);
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                out.add(path + ": " + e.size() + " elements ≠ " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
        } else if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!List.copyOf(e.keySet()).equals(List.copyOf(a.keySet()))) {
                out.add(path + ": keys " + e.keySet() + " ≠ " + a.keySet());
                return;
            }
            Iterator<?> values = a.values().iterator();
            e.forEach((k, v) -> compare(path + "{" + k + "}", v, values.next(), out));
        } else if (!Objects.equals(expected, actual)) {
            out.add(path + ": " + expected + " ≠ " + actual);
        }
    }

    private static @Nullable Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
