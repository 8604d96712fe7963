package dk.pejling.rounds;

import dk.pejling.shared.Period;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A status round of a plan: the period it asks about, its deadline, and whether it is open. */
public record Round(
        long id,
        String planId,
        Period period,
        LocalDate deadline,
        RoundState state,
        String openedBy,
        OffsetDateTime openedAt,
        @Nullable String closedBy,
        @Nullable OffsetDateTime closedAt) {

    public boolean isOpen() {
        return state == RoundState.OPEN;
    }
}
