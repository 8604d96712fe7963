package dk.pejling.plan;

/** An organisational unit that runs initiatives and reports on them: a job centre, a centre. */
public record Unit(String id, String name) {}
