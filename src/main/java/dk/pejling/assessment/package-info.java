/**
 * Judging goals and saying so in the committee's Danish: the assessment of each goal in a period,
 * its development colour and trend, the status phrase and the budget text of a status document.
 * Plain Java over the plan model, with no Spring and no SQL; {@link dk.pejling.assessment.PlanAssessor} is the entry point.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.assessment;
