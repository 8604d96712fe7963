package dk.pejling.plan;

/** What a goal is measured in. Percent and percentage points are kept apart on purpose. */
public enum MeasureUnit {
    COUNT,
    PERCENT,
    PERCENTAGE_POINTS,
    DKK,
    QUALITATIVE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
