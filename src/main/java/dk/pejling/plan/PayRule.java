package dk.pejling.plan;

/** How a pay-for-results payment follows the outcomes. */
public enum PayRule {
    /** The whole amount once the threshold of outcomes is reached, nothing below it. */
    ALL_OR_NOTHING,
    /** An amount per outcome, up to a cap. */
    PER_OUTCOME;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
