/**
 * Status rounds: a planner asks the units for status on a plan's initiatives for a period, unit
 * reporters enter figures, forecasts, remarks and narratives for their own units' initiatives, and
 * the planner approves or returns them; approved entries are written into the plan. Every save of
 * an entry is kept as a version, and a save based on an outdated version is refused.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"plan", "shared", "assessment", "access"})
package dk.pejling.rounds;
