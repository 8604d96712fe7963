package dk.pejling.report.web;

import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.PlanSummary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds plans, sections, initiatives and goals by number, title or text. Case does not matter, and
 * Danish letters are letters of their own ({@code æ}, {@code ø}, {@code å} match {@code Æ}, {@code Ø},
 * {@code Å}, never {@code ae} or {@code a}); text composed differently (a + ring) matches too. A
 * number matches as itself: {@code 8} finds initiative nr. 8, not every text with an 8 in it.
 */
@Component
class PlanSearch {

    /** More hits than this are not listed; the page says so. */
    static final int MOST_HITS = 200;

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final PlanService plans;

    PlanSearch(PlanService plans) {
        this.plans = plans;
    }

    /** A plan with what was found in it. */
    public record PlanHits(String planId, String planTitle, List<Hit> hits) {}

    /** One thing found: its kind ({@code plan}, {@code section}, {@code initiative}, {@code goal}), name and address. */
    public record Hit(String kind, String id, @Nullable String number, String title, String link) {}

    /** The result: hits grouped by plan in the list's order, and whether some were left out. */
    public record Result(String query, List<PlanHits> plans, int count, boolean truncated) {}

    Result search(String query) {
        String q = normal(query);
        List<PlanHits> out = new ArrayList<>();
        int count = 0;
        boolean truncated = false;
        if (q.isEmpty()) {
            return new Result(query.strip(), List.of(), 0, false);
        }
        boolean number = q.matches("[0-9]+(\\.[0-9]+)*");
        for (PlanSummary summary : plans.list()) {
            Plan plan = plans.find(summary.id()).orElse(null);
            if (plan == null) {
                continue;
            }
            List<Hit> found = new ArrayList<>();
            String base = "/plans/" + plan.id();
            if (matches(q, number, null, plan.title(), plan.text())) {
                found.add(new Hit("plan", plan.id(), null, plan.title(), base));
            }
            plan.forEachSection(s -> {
                if (matches(q, number, s.number(), s.title(), s.text())) {
                    found.add(new Hit("section", s.id(), s.number(), s.title(), base + "#section-" + s.id()));
                }
            });
            for (Initiative i : plan.allInitiatives()) {
                if (matches(q, number, i.number(), i.title(), i.text())) {
                    found.add(new Hit("initiative", i.id(), i.number(), i.title(), base + "/initiatives/" + i.id()));
                }
            }
            for (Goal g : plan.allGoals()) {
                if (matches(q, number, g.number(), g.text(), null)) {
                    found.add(new Hit("goal", g.id(), g.number(), g.text(), base + "/goals/" + g.id()));
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            List<Hit> hits = found;
            if (count + hits.size() > MOST_HITS) {
                truncated = true;
                hits = hits.subList(0, MOST_HITS - count);
            }
            count += hits.size();
            if (!hits.isEmpty()) {
                out.add(new PlanHits(plan.id(), plan.title(), List.copyOf(hits)));
            }
            if (truncated) {
                break;
            }
        }
        return new Result(query.strip(), List.copyOf(out), count, truncated);
    }

    private static boolean matches(String q, boolean number, @Nullable String itsNumber, String title, @Nullable String text) {
        if (number) {
            return itsNumber != null && normal(itsNumber).equals(q);
        }
        return normal(title).contains(q) || (text != null && normal(text).contains(q))
                || (itsNumber != null && normal(itsNumber).equals(q));
    }

    /** Lower case in Danish, composed (NFC), spaces run together. */
    static String normal(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(DANISH).replaceAll("\\s+", " ").strip();
    }

}
