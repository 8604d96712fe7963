/** The pages where planners and administrators edit plans: one form per thing, each saved whole or not at all. */
@org.jspecify.annotations.NullMarked
package dk.pejling.plan.web;
