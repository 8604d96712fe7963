package dk.pejling.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What to look for in the trail; every part is optional. {@code from} and {@code to} are inclusive. */
public record AuditQuery(
        @Nullable String planId,
        @Nullable String actor,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String kind,
        @Nullable String subjectContains) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery plan(String planId) {
        return new AuditQuery(planId, null, null, null, null, null);
    }
}
