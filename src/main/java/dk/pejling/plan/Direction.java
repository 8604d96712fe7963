package dk.pejling.plan;

/**
 * Which results meet a goal. {@code WITHIN} is a band around the target; {@code INCREASE} and
 * {@code DECREASE} are directional goals without a number; {@code NONE} is judged by hand.
 */
public enum Direction {
    AT_LEAST,
    AT_MOST,
    EXACTLY,
    WITHIN,
    INCREASE,
    DECREASE,
    NONE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
