package dk.pejling.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows read from one table, grouped by the key of the list they belong to, in the order read. */
final class Grouped<K, T> {

    private final Map<K, List<T>> lists = new HashMap<>();

    void add(K key, T item) {
        lists.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    /** The list under the key; an empty list where there is none. */
    List<T> get(K key) {
        List<T> list = lists.get(key);
        return list == null ? List.of() : List.copyOf(list);
    }
}
