package dk.pejling.bundle;

import dk.pejling.plan.PlanPeriod;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks that span more than one field: ids that must be unique, references that must name
 * something in the bundle, and periods that must lie inside the plan's (or a grant's) period.
 * References are resolved at the end, so a goal may name a goal written further down.
 */
final class BundleChecks {

    enum IdKind {
        SECTION("section"),
        INITIATIVE("initiative"),
        GOAL("goal"),
        UNIT("unit"),
        GRANT("grant");

        final String word;

        IdKind(String word) {
            this.word = word;
        }
    }

    private record Reference(IdKind kind, String id, String path) {}

    private final Problems problems;
    private final Map<IdKind, Map<String, String>> declared = new EnumMap<>(IdKind.class);
    private final List<Reference> references = new ArrayList<>();
    private @Nullable PlanPeriod planPeriod;

    BundleChecks(Problems problems) {
        this.problems = problems;
        for (IdKind kind : IdKind.values()) {
            declared.put(kind, new HashMap<>());
        }
    }

    /** The plan's period, once read; periods are checked against it only where it is valid. */
    void planPeriod(@Nullable PlanPeriod period) {
        this.planPeriod = period;
    }

    /** Records an id at its path; a second use of the same id is reported. */
    void declare(IdKind kind, @Nullable String id, String path) {
        if (id == null) {
            return;
        }
        String first = declared.get(kind).putIfAbsent(id, path);
        if (first != null) {
            problems.add(path, "duplicate " + kind.word + " id \"" + id + "\" (also at " + first + ")");
        }
    }

    /** A name of a unit, goal or grant that must exist somewhere in the bundle. */
    void refer(IdKind kind, @Nullable String id, String path) {
        if (id != null) {
            references.add(new Reference(kind, id, path));
        }
    }

    void resolveReferences() {
        for (Reference reference : references) {
            if (!declared.get(reference.kind()).containsKey(reference.id())) {
                problems.add(reference.path(), "no " + reference.kind().word + " \"" + reference.id() + "\" in the plan");
            }
        }
    }

    void withinPlan(@Nullable Period period, String path) {
        within(period, planPeriod, "the plan period", path);
    }

    void yearWithinPlan(@Nullable Integer year, String path) {
        withinPlan(year == null ? null : Period.year(year), path);
    }

    /** Checks against a grant's own period where it has one, else against the plan's. */
    void yearWithinGrant(@Nullable Integer year, @Nullable PlanPeriod grantPeriod, String path) {
        Period period = year == null ? null : Period.year(year);
        if (grantPeriod != null) {
            within(period, grantPeriod, "the grant period", path);
        } else {
            withinPlan(period, path);
        }
    }

    private void within(@Nullable Period period, @Nullable PlanPeriod span, String what, String path) {
        if (period != null && span != null && !span.contains(period)) {
            problems.add(path, period + " is outside " + what + " " + span);
        }
    }

    /** Reports the second of two items of one list that share a period (or year). */
    static final class Once<K> {
        private final Problems problems;
        private final String what;
        private final Map<K, String> seen = new HashMap<>();

        Once(Problems problems, String what) {
            this.problems = problems;
            this.what = what;
        }

        void check(@Nullable K key, String path) {
            if (key == null) {
                return;
            }
            String first = seen.putIfAbsent(key, path);
            if (first != null) {
                problems.add(path, "duplicate " + what + " " + key + " (also at " + first + ")");
            }
        }
    }
}
