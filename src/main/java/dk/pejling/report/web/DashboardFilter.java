package dk.pejling.report.web;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.GoalKind;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard's goal list is narrowed to, as the GET form sends it (so a filtered view is an
 * address to bookmark): a top-level section, a unit, a goal kind, an assessment. A blank field
 * filters nothing; a value the plan does not know is reported, not ignored silently.
 */
public record DashboardFilter(
        @Nullable String section, @Nullable String unit, @Nullable GoalKind kind, @Nullable Assessment assessment) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null);

    /** Reads the form's fields; an unknown kind or assessment throws with a Danish message. */
    static DashboardFilter of(
            @Nullable String section, @Nullable String unit, @Nullable String kind, @Nullable String assessment) {
        return new DashboardFilter(blankToNull(section), blankToNull(unit),
                blankToNull(kind) == null ? null : enumOf(GoalKind.class, kind, "Måltypen"),
                blankToNull(assessment) == null ? null : enumOf(Assessment.class, assessment, "Vurderingen"));
    }

    boolean isEmpty() {
        return section == null && unit == null && kind == null && assessment == null;
    }

    boolean accepts(DashboardGoal goal) {
        return (section == null || section.equals(goal.sectionId()))
                && (unit == null || goal.unitIds().contains(unit))
                && (kind == null || kind == goal.kind())
                && (assessment == null || assessment == goal.assessment());
    }

    /** The code of the goal kind for the form, or empty. */
    public String kindCode() {
        return kind == null ? "" : kind.code();
    }

    public String assessmentCode() {
        return assessment == null ? "" : assessment.code();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code, String what) {
        return Optional.of(code.strip().toUpperCase(Locale.ROOT))
                .flatMap(c -> {
                    try {
                        return Optional.of(Enum.valueOf(type, c));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                })
                .orElseThrow(() -> new BadFilterException(what + " »" + code.strip() + "« findes ikke."));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A filter value that cannot be read; its message is Danish and says which field. */
    static final class BadFilterException extends RuntimeException {
        BadFilterException(String message) {
            super(message);
        }
    }
}
