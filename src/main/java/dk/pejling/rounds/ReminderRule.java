package dk.pejling.rounds;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a round reminds the units that have not submitted: a number of days before the deadline,
 * or after it has passed (1 is the day after the deadline).
 */
public record ReminderRule(long id, long roundId, Timing timing, int days, String createdBy, OffsetDateTime createdAt) {

    public enum Timing {
        BEFORE,
        AFTER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The first day the reminder goes out. */
    public LocalDate dueFrom(LocalDate deadline) {
        return timing == Timing.BEFORE ? deadline.minusDays(days) : deadline.plusDays(days);
    }

    /**
     * True on the days the reminder may go out: from its day until the deadline (before), or from its
     * day on (after). A rule added late still reminds once, rather than never.
     */
    public boolean isDue(LocalDate deadline, LocalDate today) {
        if (today.isBefore(dueFrom(deadline))) {
            return false;
        }
        return timing == Timing.AFTER || !today.isAfter(deadline);
    }

    /** In Danish: "7 dage før fristen", "1 dag efter fristen". */
    public String text() {
        return days + (days == 1 ? " dag " : " dage ") + (timing == Timing.BEFORE ? "før" : "efter") + " fristen";
    }
}
