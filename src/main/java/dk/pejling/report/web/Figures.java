package dk.pejling.report.web;

import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.PageFormat;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Figures on the pages as Danish writes them ({@code 1.500}, {@code 57,3}); used from templates as {@code @figures}. */
@Component("figures")
public class Figures {

    // English grouping and decimals (1,500 and 57.3); a DecimalFormat is not thread-safe, so one per thread.
    private static final ThreadLocal<DecimalFormat> ENGLISH = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setParseBigDecimal(true);
        return f;
    });

    public String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        return english() ? ENGLISH.get().format(value) : DanishFormat.number(value);
    }

    /** A date in the reader's language: {@code 23.11.2020} in Danish, {@code 23 Nov 2020} in English. */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : PageFormat.date(date, LocaleContextHolder.getLocale());
    }

    /** A stored moment in figures: {@code 01.02.2022 10:00} in Danish, {@code 1 Feb 2022 10:00} in English. */
    public String dateTime(@Nullable OffsetDateTime at) {
        return at == null ? "" : PageFormat.dateTime(at, LocaleContextHolder.getLocale());
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** A period as running text writes it: {@code 2019}, {@code 3. kvartal 2009}; in English {@code Q3 2009}. */
    public String period(dk.pejling.shared.@Nullable Period p) {
        return p == null ? "" : PageFormat.period(p, LocaleContextHolder.getLocale());
    }

    public String target(@Nullable Target t) {
        if (t == null) {
            return "";
        }
        if (t.value() != null) {
            return number(t.value()) + (t.tolerance() != null ? " ± " + number(t.tolerance()) : "");
        }
        if (t.change() != null) {
            return (t.change().signum() > 0 ? "+" : "") + number(t.change());
        }
        if (t.changePercent() != null) {
            return (t.changePercent().signum() > 0 ? "+" : "") + number(t.changePercent()) + " %";
        }
        if (t.reference() != null) {
            return t.reference().text();
        }
        return t.text() != null ? t.text() : "";
    }

    public String result(@Nullable Result r) {
        if (r == null) {
            return "";
        }
        if (r.display() != null) {
            return r.display();
        }
        if (r.value() == null) {
            return "";
        }
        return r.of() != null ? number(r.value()) + (english() ? " of " : " ud af ") + number(r.of()) : number(r.value());
    }
}
