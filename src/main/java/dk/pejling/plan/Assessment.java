package dk.pejling.plan;

/** The judgement of a goal in a period. */
public enum Assessment {
    ACHIEVED,
    NOT_ACHIEVED,
    NOT_STARTED,
    NOT_APPLICABLE,
    PENDING;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
