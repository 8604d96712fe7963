package dk.pejling.report;

/** The periods asked for cannot be read, or lie outside the plan. The message says which, in Danish. */
public class InvalidPeriodsException extends RuntimeException {

    public InvalidPeriodsException(String message) {
        super(message);
    }
}
