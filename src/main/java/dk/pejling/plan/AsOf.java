package dk.pejling.plan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code asOf} parameter of pages and API calls: a date (the end of that day in Copenhagen)
 * or an ISO instant/date-time with offset. A value that is neither is the caller's error (400).
 */
public final class AsOf {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private AsOf() {}

    /** Null where no {@code asOf} was given. */
    public static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return endOfDay(LocalDate.parse(value));
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidAsOfException(value);
        }
    }

    /** The last instant of a day in Copenhagen. */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(COPENHAGEN).toInstant().minusNanos(1);
    }

    /** A bad {@code asOf}: answered as 400 with what was wrong. */
    public static class InvalidAsOfException extends ResponseStatusException {

        InvalidAsOfException(String value) {
            super(HttpStatus.BAD_REQUEST, "asOf must be a date such as 2026-10-01 or an instant such as"
                    + " 2026-10-01T12:00:00Z, not '" + value + "'.");
        }
    }
}
