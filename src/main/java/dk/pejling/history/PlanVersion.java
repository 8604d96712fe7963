package dk.pejling.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One write of a plan: its number, when and by whom, why, and whether it deleted the plan. */
public record PlanVersion(
        String planId,
        int versionNo,
        @Nullable String revision,
        Instant storedAt,
        String storedBy,
        @Nullable String reason,
        boolean deleted) {}
