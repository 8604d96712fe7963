package dk.pejling.finance;

import java.math.BigDecimal;

/**
 * Something about a grant's year the planner should see before the committee does. The message is
 * Danish and names no figures; {@code amount} and {@code limit} carry them for the page to format.
 */
public record LedgerWarning(int year, Kind kind, String message, BigDecimal amount, BigDecimal limit) {

    public enum Kind {
        /** The year's allocations cost more than the pool holds. */
        ALLOCATIONS_EXCEED_POOL("Årets fordelinger koster mere, end puljen rummer."),
        /** The staff allocated cost more a full year than the year's award pays for. */
        STAFF_EXCEED_AWARD("Det fordelte antal årsværk koster på helårsbasis mere end årets bevilling."),
        /** A decided carry-over moves more than the year left unspent. */
        CARRY_OVER_EXCEEDS_UNDERSPEND("Den besluttede overførsel er større end årets mindreforbrug.");

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        LedgerWarning in(int year, BigDecimal amount, BigDecimal limit) {
            return new LedgerWarning(year, this, message, amount, limit);
        }
    }
}
