package dk.pejling.plan;

/**
 * A hook for modules that hold what the public may not read yet: results of an open status round,
 * remarks not yet approved. The public view of a plan is the plan passed through every filter
 * there is (in {@link org.springframework.core.annotation.Order order}); without one, a published
 * plan is shown whole. A filter returns the plan without what is unpublished; it must not add.
 */
@FunctionalInterface
public interface PublicPlanFilter {

    Plan forPublic(Plan plan);
}
