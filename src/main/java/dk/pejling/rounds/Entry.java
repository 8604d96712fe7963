package dk.pejling.rounds;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A goal's figures or an initiative's narrative in a round, at its current version (0 before the
 * first save). A save names the version it was based on.
 */
public record Entry(
        long roundId,
        EntryKind kind,
        String itemId,
        String initiativeId,
        EntryValues values,
        long version,
        @Nullable String changedBy,
        @Nullable OffsetDateTime changedAt) {}
