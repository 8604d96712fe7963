package dk.pejling.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two plans, found by walking their bundle JSON trees side by side.
 * Elements of a list are named by what identifies them in the plan, so a path reads like
 * {@code initiatives[i1].goals[g1].results[2020].value}: by {@code id}, else by {@code period},
 * else by {@code year}, else (or where that is not unique) by position.
 */
final class BundleDiff {

    private static final List<String> KEYS = List.of("id", "period", "year");

    /** One changed field: where, what, and its text before and after (null where absent). */
    record Change(String subject, String field, @Nullable String oldValue, @Nullable String newValue) {}

    private final List<Change> changes = new ArrayList<>();

    private BundleDiff() {}

    static List<Change> between(JsonNode oldPlan, JsonNode newPlan) {
        BundleDiff diff = new BundleDiff();
        diff.objects("", oldPlan, newPlan);
        return diff.changes;
    }

    private void objects(String path, JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        a.propertyNames().forEach(names::add);
        b.propertyNames().forEach(names::add);
        for (String name : names) {
            compare(path, name, a.get(name), b.get(name));
        }
    }

    private void compare(String subject, String field, @Nullable JsonNode a, @Nullable JsonNode b) {
        if (a != null && b != null && a.equals(b)) {
            return;
        }
        String path = subject.isEmpty() ? field : subject + "." + field;
        if (a != null && b != null && a.isObject() && b.isObject()) {
            objects(path, a, b);
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            arrays(subject, field, a, b);
        } else {
            changes.add(new Change(subject, field, text(a), text(b)));
        }
    }

    private void arrays(String subject, String field, JsonNode a, JsonNode b) {
        String key = keyOf(a, b);
        if (key == null) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                element(subject, field + "[" + i + "]", a.get(i), b.get(i));
            }
            return;
        }
        Map<String, JsonNode> before = byKey(a, key);
        Map<String, JsonNode> after = byKey(b, key);
        Set<String> all = new LinkedHashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String k : all) {
            element(subject, field + "[" + k + "]", before.get(k), after.get(k));
        }
    }

    private void element(String subject, String name, @Nullable JsonNode a, @Nullable JsonNode b) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            if (!a.equals(b)) {
                objects(subject.isEmpty() ? name : subject + "." + name, a, b);
            }
            return;
        }
        compare(subject, name, a, b);
    }

    /** The first identifying key every element of both lists has, with unique values; null where none. */
    private static @Nullable String keyOf(JsonNode a, JsonNode b) {
        for (String key : KEYS) {
            if (unique(a, key) && unique(b, key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean unique(JsonNode list, String key) {
        Set<String> seen = new HashSet<>();
        for (JsonNode e : list) {
            JsonNode k = e.isObject() ? e.get(key) : null;
            if (k == null || !k.isValueNode() || !seen.add(k.asString())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        Map<String, JsonNode> out = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JsonNode e : list) {
            String k = e.get(key).asString();
            out.put(k, e);
            order.add(k);
        }
        Map<String, JsonNode> ordered = new java.util.LinkedHashMap<>();
        order.forEach(k -> ordered.put(k, out.get(k)));
        return ordered;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
