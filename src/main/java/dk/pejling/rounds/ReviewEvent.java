package dk.pejling.rounds;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A step in the review of a report: submitted, returned with a comment, approved. */
public record ReviewEvent(
        String initiativeId, SubmissionState state, @Nullable String comment, String actor, OffsetDateTime at) {}
