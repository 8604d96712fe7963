package dk.pejling.plan;

/** Activity goals say what an initiative does; result goals what it achieves. */
public enum GoalKind {
    ACTIVITY,
    RESULT;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
