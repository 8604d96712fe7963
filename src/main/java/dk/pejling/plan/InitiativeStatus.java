package dk.pejling.plan;

/** The life of an initiative, from a catalogue's proposal to its end. */
public enum InitiativeStatus {
    PROPOSED,
    ADOPTED,
    RUNNING,
    ENDED,
    CANCELLED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
