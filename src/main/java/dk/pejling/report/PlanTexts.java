package dk.pejling.report;

import dk.pejling.plan.TitledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's chapters split where the plan's tree belongs among them. The sections (sub-goals,
 * categories of projects) come before the economy chapter, as in seeds 003 and 004; a plan
 * without an economy chapter has its tree after all its texts.
 */
record PlanTexts(List<TitledText> before, List<TitledText> after) {

    static PlanTexts of(List<TitledText> texts) {
        int economy = -1;
        for (int i = 0; i < texts.size(); i++) {
            String heading = texts.get(i).heading();
            if (heading != null && heading.toLowerCase(Locale.ROOT).contains("økonomi")) {
                economy = i;
                break;
            }
        }
        if (economy < 0) {
            return new PlanTexts(texts, List.of());
        }
        return new PlanTexts(List.copyOf(texts.subList(0, economy)), List.copyOf(texts.subList(economy, texts.size())));
    }

    /** True where the text's last line announces what follows ({@code … følgende resultatmål:}). */
    static boolean announces(TitledText text) {
        String t = text.text() == null ? "" : text.text().strip();
        return t.endsWith(":");
    }

    static List<TitledText> concat(List<TitledText> a, List<TitledText> b) {
        List<TitledText> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
