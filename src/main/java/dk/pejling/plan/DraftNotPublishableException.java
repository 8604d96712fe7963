package dk.pejling.plan;

/** A draft is for planners only: it must be adopted before the public may read it. */
public class DraftNotPublishableException extends RuntimeException {

    private final String planId;

    public DraftNotPublishableException(String planId) {
        super("The plan " + planId + " is a draft; adopt it before publishing it.");
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
