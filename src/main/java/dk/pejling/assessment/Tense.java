package dk.pejling.assessment;

import dk.pejling.shared.Period;
import java.util.Collection;

/**
 * The tense of a status cell. A document covering several periods speaks of the latest in the
 * present perfect ({@code Målet er opnået}) and of earlier ones in the past ({@code Målet blev
 * opnået}), as seed 000 does; a document of one period uses the present perfect.
 */
public enum Tense {
    PRESENT_PERFECT,
    PAST;

    public static Tense of(Period period, Collection<Period> documentPeriods) {
        boolean earlier = documentPeriods.stream().anyMatch(p -> p.compareTo(period) > 0);
        return earlier ? PAST : PRESENT_PERFECT;
    }
}
