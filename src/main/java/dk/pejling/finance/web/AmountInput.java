package dk.pejling.finance.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount in kroner as a planner types it in a form: {@code 4.400.000}, {@code 4400000},
 * {@code 4 400 000 kr.} or {@code 1.250,50}. A point groups thousands and a comma starts the øre,
 * as in Danish; anything else is refused rather than guessed at.
 */
final class AmountInput {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(,\\d+)?");

    /** Thrown with the Danish reason, without the field's name: the caller knows where. */
    static final class NotAnAmount extends Exception {
        NotAnAmount(String message) {
            super(message);
        }
    }

    private AmountInput() {}

    /** The amount, or null where the field is empty. */
    static @Nullable BigDecimal parse(@Nullable String raw) throws NotAnAmount {
        if (raw == null) {
            return null;
        }
        String text = raw.replace('\u00a0', ' ').strip();
        if (text.endsWith("kr.")) {
            text = text.substring(0, text.length() - 3).strip();
        } else if (text.endsWith("kr")) {
            text = text.substring(0, text.length() - 2).strip();
        }
        text = text.replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!GROUPED.matcher(text).matches() && !PLAIN.matcher(text).matches()) {
            String shown = raw.strip().length() > 40 ? raw.strip().substring(0, 40) + "…" : raw.strip();
            throw new NotAnAmount("»" + shown + "« er ikke et beløb i kroner; skriv fx 4.400.000 eller 1.250,50.");
        }
        return new BigDecimal(text.replace(".", "").replace(',', '.'));
    }
}
