package dk.pejling.access;

/** What a person may do in Pejling. A unit reporter is scoped to the units of the account. */
public enum Role {
    ADMIN,
    PLANNER,
    UNIT_REPORTER,
    READER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
