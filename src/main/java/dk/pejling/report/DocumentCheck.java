package dk.pejling.report;

import org.jspecify.annotations.Nullable;

/**
 * One thing the committee would notice in a document before it goes out, in Danish, naming the
 * initiative and goal where there is one.
 */
public record DocumentCheck(
        Kind kind, @Nullable String initiativeId, @Nullable String goalId, @Nullable String period, String message) {

    /** What kind of gap it is. */
    public enum Kind {
        /** A goal not met, and no remark on the initiative says why. */
        UNMET_WITHOUT_REMARK,
        /** A period with no figures at all, or a goal without a figure in a period it applies to. */
        NO_FIGURES,
        /** A planner's judgement that differs from what the figures say. */
        JUDGEMENT_DIFFERS
    }
}
