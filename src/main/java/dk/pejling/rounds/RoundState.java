package dk.pejling.rounds;

/** A round is open while units report, then closed: its results are locked. */
public enum RoundState {
    OPEN,
    CLOSED;

    public RoundState close() {
        if (this != OPEN) {
            throw new RoundRuleException("Runden er allerede lukket.");
        }
        return CLOSED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
