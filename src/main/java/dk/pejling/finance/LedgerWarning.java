package dk.pejling.finance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Something about a grant the planner should see before the committee does. The message is Danish
 * and names no figures; {@code amount} and {@code limit} carry them for the page to format. A
 * warning about the money concerns a year; a broken condition concerns the whole grant, so it has
 * no year and no figures but names the {@code condition}.
 */
public record LedgerWarning(
        @Nullable Integer year,
        Kind kind,
        String message,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal limit,
        @Nullable String condition) {

    public enum Kind {
        /** The year's allocations cost more than the pool holds. */
        ALLOCATIONS_EXCEED_POOL("Årets fordelinger koster mere, end puljen rummer."),
        /** The staff allocated cost more a full year than the year's award pays for. */
        STAFF_EXCEED_AWARD("Det fordelte antal årsværk koster på helårsbasis mere end årets bevilling."),
        /** A decided carry-over moves more than the year left unspent. */
        CARRY_OVER_EXCEEDS_UNDERSPEND("Den besluttede overførsel er større end årets mindreforbrug."),
        /** A planner has marked one of the grant's conditions as broken. */
        CONDITION_BROKEN("En betingelse for puljen er markeret som brudt.");

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        LedgerWarning in(int year, BigDecimal amount, BigDecimal limit) {
            return new LedgerWarning(year, this, message, amount, limit, null);
        }

        LedgerWarning on(String condition) {
            return new LedgerWarning(null, this, message, null, null, condition);
        }
    }

    /** True where the warning concerns the year. */
    public boolean concerns(int aYear) {
        return year != null && year == aYear;
    }
}
