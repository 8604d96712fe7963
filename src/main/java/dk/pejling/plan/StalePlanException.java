package dk.pejling.plan;

/** A form was filled in on a plan that has changed since: saving it would overwrite someone's change. */
public class StalePlanException extends RuntimeException {

    public StalePlanException(String planId) {
        super("plan " + planId + " has changed since the form was opened");
    }
}
