package dk.pejling.plan;

import org.jspecify.annotations.Nullable;

/**
 * One condition a grant comes with, as data: {@code Bevillingen gives alene til dækning af
 * kommunale lønudgifter} is a {@link Kind#SALARY_ONLY} condition (seed 004). A planner marks it
 * {@code broken} where the money was used against it, saying why in {@code note}.
 */
public record GrantCondition(String text, @Nullable Kind kind, boolean broken, @Nullable String note) {

    /** What a condition restricts, where Pejling knows the kind. */
    public enum Kind {
        /** The money pays salaries only (kun løn). */
        SALARY_ONLY,
        /** The money is for a given target group only. */
        TARGET_GROUP,
        /** The money must be used within the grant's period. */
        PERIOD,
        OTHER;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
