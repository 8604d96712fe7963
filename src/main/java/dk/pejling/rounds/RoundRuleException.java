package dk.pejling.rounds;

/** A command that the rules of a round refuse; the message says why, in Danish, for the person who tried. */
public class RoundRuleException extends RuntimeException {

    public RoundRuleException(String message) {
        super(message);
    }
}
