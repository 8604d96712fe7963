package dk.pejling.rounds;

/** A round, or an initiative or goal in it, that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
