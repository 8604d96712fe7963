package dk.pejling.plan;

/** Activity goals say what an initiative does; result goals what it achieves. */
public enum GoalKind {
    ACTIVITY,
    RESULT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
