package dk.pejling.finance.web;

import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How the money page writes figures: kroner, millions as the source rounds them, and staff in the grant's own word. */
@Component("money")
public class MoneyFigures {

    private static final String UNKNOWN = "–";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public String kroner(@Nullable BigDecimal amount) {
        if (amount == null) {
            return UNKNOWN;
        }
        return english() ? "DKK " + englishNumber(amount.setScale(0, java.math.RoundingMode.HALF_UP)) : DanishFormat.kroner(amount);
    }

    public String number(@Nullable BigDecimal value) {
        if (value == null) {
            return UNKNOWN;
        }
        return english() ? englishNumber(value) : DanishFormat.number(value);
    }

    // The page follows the reader's language (3,3 mio. kr. in Danish, DKK 3.3m in English); the
    // source's own words (stated figures) stay as the source wrote them.
    private static boolean english() {
        return "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    }

    private static String englishNumber(BigDecimal value) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(value);
    }

    private static String millions(BigDecimal amount, int decimals) {
        if (english()) {
            return "DKK " + englishNumber(amount.divide(MILLION).setScale(decimals, java.math.RoundingMode.HALF_UP)) + "m";
        }
        return DanishFormat.millions(amount, decimals);
    }

    /**
     * Pejling's figure rounded as the source rounds the stated one, to the stated figure's decimals in
     * millions with trailing zeros dropped: beside {@code 14,530 mill. kr.} 14.531.250 is {@code 14,53 mio. kr.}.
     */
    public String asStated(FinanceView.StatedView stated) {
        BigDecimal computed = stated.computedAsStated() != null ? stated.computedAsStated() : stated.computed();
        if (computed == null) {
            return UNKNOWN;
        }
        BigDecimal reference = stated.stated() != null ? stated.stated() : computed;
        int decimals = Math.max(0, reference.divide(MILLION).stripTrailingZeros().scale());
        return millions(computed, decimals);
    }

    /** The source's words where it has them, else its amount in millions. */
    public String stated(FinanceView.StatedView stated) {
        if (stated.statedText() != null) {
            return stated.statedText();
        }
        return stated.stated() == null ? UNKNOWN : DanishFormat.millions(stated.stated());
    }

    /**
     * A count of staff in the grant's word for them: {@code 71 jobkonsulenter} where the unit cost is
     * per {@code jobkonsulent pr. år}; {@code årsværk} where the grant names none.
     */
    public String staff(@Nullable BigDecimal count, @Nullable String per) {
        if (count == null) {
            return UNKNOWN;
        }
        return DanishFormat.number(count) + " " + staffWord(per, count.compareTo(BigDecimal.ONE) == 0);
    }

    /** Danish nouns for staff (konsulent, medarbejder) form the plural with -er, or -r after an -e. */
    static String staffWord(@Nullable String per, boolean one) {
        if (per == null || per.isBlank()) {
            return "årsværk";
        }
        String noun = per.strip();
        int pr = noun.indexOf(" pr.");
        if (pr > 0) {
            noun = noun.substring(0, pr).strip();
        }
        if (one || noun.contains(" ")) {
            return noun;
        }
        return noun.toLowerCase(Locale.ROOT).endsWith("e") ? noun + "r" : noun + "er";
    }
}
