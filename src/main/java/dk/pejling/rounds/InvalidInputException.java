package dk.pejling.rounds;

/** Input that cannot be used as it stands (a missing deadline, a breakdown that does not read); the message says what and where. */
public class InvalidInputException extends RoundRuleException {

    public InvalidInputException(String message) {
        super(message);
    }
}
