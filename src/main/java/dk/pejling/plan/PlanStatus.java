package dk.pejling.plan;

/** Where a plan stands in its life: drafted, adopted by the committee, or closed. */
public enum PlanStatus {
    DRAFT,
    ADOPTED,
    CLOSED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
