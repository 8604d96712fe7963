package dk.pejling.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A plan was created ({@code old} null) or replaced. Published inside the write's transaction and
 * heard synchronously, so what listeners write commits or rolls back with the plan.
 *
 * @param revision the plan's revision after the write (its ETag)
 */
public record PlanStored(@Nullable Plan old, Plan plan, String revision, String actor, @Nullable String reason, Instant at) {

    public String planId() {
        return plan.id();
    }

    public boolean created() {
        return old == null;
    }
}
