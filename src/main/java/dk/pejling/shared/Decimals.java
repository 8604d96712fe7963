package dk.pejling.shared;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One canonical form for exact numbers, so that a figure read from a bundle, from H2 and from
 * PostgreSQL compares equal: no trailing zeros, never a negative scale ({@code 3300000}, {@code 57.3}).
 */
public final class Decimals {

    private Decimals() {}

    public static @Nullable BigDecimal normal(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
