package dk.pejling.plan;

import org.jspecify.annotations.Nullable;

/**
 * A replace named a revision that is no longer the plan's: someone else stored it in between.
 * {@code currentRevision} is null where the plan has been deleted since.
 */
public class PlanChangedConcurrentlyException extends RuntimeException {

    private final String planId;
    private final String expectedRevision;
    private final @Nullable String currentRevision;

    public PlanChangedConcurrentlyException(String planId, String expectedRevision, @Nullable String currentRevision) {
        super("Plan " + planId + " is at revision " + currentRevision + ", not " + expectedRevision + ".");
        this.planId = planId;
        this.expectedRevision = expectedRevision;
        this.currentRevision = currentRevision;
    }

    public String planId() {
        return planId;
    }

    public String expectedRevision() {
        return expectedRevision;
    }

    public @Nullable String currentRevision() {
        return currentRevision;
    }
}
