package dk.pejling.rounds;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Numbers as people type them in Danish forms: {@code 1.234,5}, {@code 43,2}, {@code 508}, or {@code 1234.5}. */
public final class DanishNumbers {

    private DanishNumbers() {}

    /** The number, or null where the text is blank or not a number. */
    public static @Nullable BigDecimal parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            s = s.replace(".", ""); // 1.500 is fifteen hundred in Danish
        }
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
