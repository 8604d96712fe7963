package dk.pejling.plan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A plan was deleted; published inside the deleting transaction, like {@link PlanStored}. */
public record PlanDeleted(Plan old, String actor, @Nullable String reason, Instant at) {

    public String planId() {
        return old.id();
    }
}
