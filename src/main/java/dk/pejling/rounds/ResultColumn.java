package dk.pejling.rounds;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a round's results sheet, in the order of the template Pejling makes. A file is
 * read by its header row, so columns may be moved or added; the first three name the goal and the
 * unit and are required. The columns up to Version say what the row is about and are not saved.
 */
public enum ResultColumn {
    GOAL_ID("Mål-id", true),
    INITIATIVE_ID("Indsats-id", true),
    UNIT_ID("Enheds-id", true),
    INITIATIVE("Indsats", false),
    GOAL("Mål", false),
    UNIT("Enhed", false),
    PERIOD("Periode", false),
    TARGET("Mål for perioden", false),
    VERSION("Version", false),
    VALUE("Værdi", false),
    OF("Ud af", false),
    DISPLAY("Vist tekst", false),
    AS_OF("Opgjort pr.", false),
    FORECAST("Forventning", false),
    REMARK("Bemærkning", false),
    REASON("Begrundelse", false);

    private final String header;
    private final boolean required;

    ResultColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** True for the columns that hold what a unit reports. */
    boolean isValue() {
        return ordinal() >= VALUE.ordinal() && this != REASON;
    }

    static @Nullable ResultColumn ofHeader(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ResultColumn c : values()) {
            if (c.header.toLowerCase(Locale.ROOT).equals(wanted)) {
                return c;
            }
        }
        return null;
    }
}
