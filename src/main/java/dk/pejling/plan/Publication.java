package dk.pejling.plan;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Whether a plan is published to the public, since when and by whom; and who withdrew it last. */
public record Publication(
        String planId,
        boolean published,
        OffsetDateTime publishedAt,
        String publishedBy,
        @Nullable OffsetDateTime withdrawnAt,
        @Nullable String withdrawnBy) {}
