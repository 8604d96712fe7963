package dk.pejling.report;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.assessment.StatusPhrase;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.Result;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the committee would notice in a status document, listed for the planner before it goes out:
 * a goal not met without a remark on its initiative, a period without figures, a goal without a
 * figure where it applies, and a judgement that says otherwise than the figures. Generating the
 * document still works; these are questions, not errors.
 */
public final class DocumentChecks {

    private DocumentChecks() {}

    public static List<DocumentCheck> of(Plan plan, DocumentType type, List<Period> periods) {
        if (type != DocumentType.STATUS && type != DocumentType.QUARTERLY_STATUS) {
            return List.of();
        }
        List<GoalStatus> statuses = PlanAssessor.assess(plan, periods);
        Map<String, GoalStatus> byKey = new HashMap<>();
        statuses.forEach(s -> byKey.put(StatusDocumentBuilder.key(s.goalId(), s.period()), s));
        List<DocumentCheck> out = new ArrayList<>();
        periodsWithoutFigures(plan, periods, out);
        for (Initiative initiative : plan.allInitiatives()) {
            boolean remarked = initiative.remarks().stream().anyMatch(r -> periods.contains(r.period()));
            for (Goal goal : initiative.goals()) {
                for (Period p : periods) {
                    GoalStatus s = byKey.get(StatusDocumentBuilder.key(goal.id(), p));
                    if (s == null) {
                        continue;
                    }
                    if (s.effective() == Assessment.NOT_ACHIEVED && !remarked) {
                        out.add(new DocumentCheck(DocumentCheck.Kind.UNMET_WITHOUT_REMARK, initiative.id(), goal.id(),
                                p.toString(), name(initiative) + ": målet »" + goal.text() + "« er ikke opnået i "
                                        + DanishFormat.period(p) + ", og der er ingen bemærkning om hvorfor."));
                    }
                    if (s.effective() == Assessment.PENDING && s.target() != null) {
                        out.add(new DocumentCheck(DocumentCheck.Kind.NO_FIGURES, initiative.id(), goal.id(), p.toString(),
                                name(initiative) + ": målet »" + goal.text() + "« har ingen tal for "
                                        + DanishFormat.period(p) + "."));
                    }
                    if (s.givenDiffers()) {
                        out.add(new DocumentCheck(DocumentCheck.Kind.JUDGEMENT_DIFFERS, initiative.id(), goal.id(),
                                p.toString(), differs(initiative, goal, s)));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void periodsWithoutFigures(Plan plan, List<Period> periods, List<DocumentCheck> out) {
        for (Period p : periods) {
            boolean any = plan.allGoals().stream()
                    .flatMap(g -> g.results().stream())
                    .anyMatch(r -> r.period().within(p) && hasFigure(r));
            if (!any) {
                out.add(new DocumentCheck(DocumentCheck.Kind.NO_FIGURES, null, null, p.toString(),
                        "Der er ingen tal for " + DanishFormat.period(p) + ": alle statusfelter for perioden bliver tomme eller »"
                                + StatusPhrase.PENDING + "«."));
            }
        }
    }

    private static boolean hasFigure(Result r) {
        return r.value() != null || r.assessment() != null || r.display() != null;
    }

    private static String differs(Initiative initiative, Goal goal, GoalStatus s) {
        String figure = StatusPhrase.figure(goal, s.actual());
        Result actual = s.actual();
        if (actual != null && actual.of() != null && actual.value() != null) {
            figure = DanishFormat.number(actual.value()) + " af " + DanishFormat.number(actual.of());
        }
        String reason = actual == null || actual.reason() == null ? "" : " Begrundelse: " + actual.reason().strip();
        return name(initiative) + ": målet »" + goal.text() + "« er vurderet " + word(s.effective()) + " i "
                + DanishFormat.period(s.period()) + ", men tallene" + (figure == null ? "" : " (" + figure + ")")
                + " siger " + word(s.computed()) + "." + reason;
    }

    private static String word(@org.jspecify.annotations.Nullable Assessment a) {
        if (a == null) {
            return "ingen vurdering";
        }
        return switch (a) {
            case ACHIEVED -> "opnået";
            case NOT_ACHIEVED -> "ikke opnået";
            case NOT_STARTED -> "ikke igangsat";
            case NOT_APPLICABLE -> "ikke relevant";
            case PENDING -> "afventer tal";
        };
    }

    private static String name(Initiative i) {
        return (i.number() == null ? "" : "Nr. " + i.number() + " ") + "»" + i.title() + "«";
    }
}
