package dk.pejling.plan;

import org.jspecify.annotations.Nullable;

/** A line in the list of plans. */
public record PlanSummary(
        String id,
        String title,
        @Nullable String kind,
        @Nullable String owner,
        PlanPeriod period,
        PlanStatus status,
        int initiativeCount,
        int goalCount) {}
