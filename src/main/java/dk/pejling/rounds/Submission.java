package dk.pejling.rounds;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One initiative's report in a round: where it stands, and the planner's comment when returned. */
public record Submission(
        long roundId,
        String initiativeId,
        SubmissionState state,
        @Nullable String reviewComment,
        @Nullable String submittedBy,
        @Nullable OffsetDateTime submittedAt,
        @Nullable String reviewedBy,
        @Nullable OffsetDateTime reviewedAt) {}
