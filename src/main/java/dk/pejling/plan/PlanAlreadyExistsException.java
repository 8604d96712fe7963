package dk.pejling.plan;

/** A plan with this id is stored already; importing it again asks for an explicit replace. */
public class PlanAlreadyExistsException extends RuntimeException {

    private final String planId;

    public PlanAlreadyExistsException(String planId) {
        super("A plan with id " + planId + " exists already");
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
