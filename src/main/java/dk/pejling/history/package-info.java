/**
 * The history of every plan: each write kept whole (as the plan's JSON bundle) with who, when and
 * why, so that a plan can be shown exactly as it stood on any earlier day. Answers the plan
 * module's {@link dk.pejling.plan.PastPlans}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"plan", "bundle", "audit", "shared"})
package dk.pejling.history;
