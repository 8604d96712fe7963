package dk.pejling.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan revision a client names in {@code If-Match}: the ETag of {@code GET /api/v1/plans/{id}/bundle},
 * sent back as {@code "abc"}, {@code W/"abc"} or {@code abc}; where several are listed, the first.
 * {@code *} comes back as {@code *} (any revision): each call says what that means for it.
 */
public final class IfMatch {

    private IfMatch() {}

    public static Optional<String> revision(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String first = header.split(",")[0].strip();
        if (first.startsWith("W/")) {
            first = first.substring(2);
        }
        if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
            first = first.substring(1, first.length() - 1);
        }
        return Optional.of(first);
    }
}
