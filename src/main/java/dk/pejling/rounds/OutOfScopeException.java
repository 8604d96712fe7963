package dk.pejling.rounds;

/** A person reaching for an initiative their units do not run, or for a planner's command. */
public class OutOfScopeException extends RuntimeException {

    public OutOfScopeException(String message) {
        super(message);
    }
}
