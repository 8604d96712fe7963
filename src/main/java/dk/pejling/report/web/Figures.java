package dk.pejling.report.web;

import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Figures on the pages as Danish writes them ({@code 1.500}, {@code 57,3}); used from templates as {@code @figures}. */
@Component("figures")
public class Figures {

    public String number(@Nullable BigDecimal value) {
        return value == null ? "" : DanishFormat.number(value);
    }

    /** A period as running text writes it: {@code 2019}, {@code 3. kvartal 2009}, {@code 31. december 2010}. */
    public String period(dk.pejling.shared.@Nullable Period p) {
        return p == null ? "" : DanishFormat.period(p);
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
        return r.of() != null ? number(r.value()) + " ud af " + number(r.of()) : number(r.value());
    }
}
