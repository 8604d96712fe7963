package dk.pejling.rounds;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One applied save of an entry: who, when, why, and what it changed from the version before. */
public record EntryVersion(
        EntryKind kind,
        String itemId,
        long version,
        EntryValues values,
        String changedBy,
        OffsetDateTime changedAt,
        @Nullable String reason,
        List<EntryValues.Change> changes) {}
