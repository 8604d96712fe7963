package dk.pejling.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the trail. {@code subject} is where in the plan (such as
 * {@code initiatives[i1].goals[g1].results[2020]}), {@code field} what of it ({@code value}).
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String kind,
        @Nullable String planId,
        @Nullable String subject,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason) {

    /** The subject and field as one path. */
    public String path() {
        if (subject == null || subject.isEmpty()) {
            return field == null ? "" : field;
        }
        return field == null ? subject : subject + "." + field;
    }
}
