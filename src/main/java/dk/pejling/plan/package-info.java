/**
 * Plans as data: the tree of sections, initiatives and goals with targets and results, units and
 * grants, held as one value ({@link dk.pejling.plan.Plan}) and stored in tables.
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.plan;
