package dk.pejling.plan;

/** A plan as read, with the revision it was read at (what a later write must name to replace it). */
public record StoredPlan(Plan plan, String revision) {}
