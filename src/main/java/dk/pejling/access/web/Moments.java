package dk.pejling.access.web;

import dk.pejling.shared.DanishFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** A moment as a Danish reader writes it: "3. marts 2025 kl. 14.05", in Danish time. */
final class Moments {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    private Moments() {}

    static String of(@Nullable OffsetDateTime moment, String whenNone) {
        if (moment == null) {
            return whenNone;
        }
        ZonedDateTime local = moment.atZoneSameInstant(DANISH_TIME);
        return DanishFormat.longDate(local.toLocalDate()) + " kl. " + CLOCK.format(local);
    }
}
