package dk.pejling.audit.web;

import dk.pejling.audit.AuditQuery;
import dk.pejling.plan.AsOf;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filter of the trail as the API and the page take it: plan, user, kind, and a period from a
 * day (its start, Copenhagen time) or instant to a day (its end) or instant.
 */
record AuditFilter(
        @Nullable String plan, @Nullable String actor, @Nullable String from, @Nullable String to, @Nullable String kind) {

    AuditQuery query() {
        return new AuditQuery(blankToNull(plan), blankToNull(actor), moment("from", from, false), moment("to", to, true),
                blankToNull(kind), null);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable Instant moment(String name, @Nullable String text, boolean endOfDay) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? AsOf.endOfDay(day) : day.atStartOfDay(AsOf.COPENHAGEN).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidFilterException(name, value);
        }
    }

    /**
     * A date in the filter that is no date: 400, in the API as a problem, on the page as a message
     * (audit.error.from or audit.error.to with the value).
     */
    static class InvalidFilterException extends ResponseStatusException {

        final String name;
        final String value;

        InvalidFilterException(String name, String value) {
            super(HttpStatus.BAD_REQUEST, name + " must be a date such as 2026-10-01 or an instant such as"
                    + " 2026-10-01T12:00:00Z, not '" + value + "'.");
            this.name = name;
            this.value = value;
        }
    }
}
