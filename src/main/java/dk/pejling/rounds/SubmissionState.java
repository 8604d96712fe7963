package dk.pejling.rounds;

/**
 * Where one initiative's report in a round stands. A reporter edits it until it is submitted;
 * the planner then approves it or returns it with a comment, and a returned report is edited and
 * submitted again. An approved report is locked: only a planner may correct it, with a reason.
 */
public enum SubmissionState {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** True while the reporter may still change the entries. */
    public boolean editable() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
    }

    /** The state after a save of an entry: a report not started is begun. */
    public SubmissionState afterSave() {
        return this == NOT_STARTED ? IN_PROGRESS : this;
    }

    public SubmissionState submit() {
        if (!editable()) {
            throw new RoundRuleException(this == SUBMITTED
                    ? "Indberetningen er allerede sendt til godkendelse."
                    : "Indberetningen er godkendt og kan ikke sendes igen.");
        }
        return SUBMITTED;
    }

    public SubmissionState approve() {
        if (this != SUBMITTED) {
            throw new RoundRuleException("Kun en indsendt indberetning kan godkendes.");
        }
        return APPROVED;
    }

    public SubmissionState sendBack() {
        if (this != SUBMITTED) {
            throw new RoundRuleException("Kun en indsendt indberetning kan sendes retur.");
        }
        return RETURNED;
    }

    /** True where the unit still owes the planner something. */
    public boolean awaitsUnit() {
        return editable();
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
