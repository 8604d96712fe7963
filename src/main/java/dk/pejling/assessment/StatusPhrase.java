package dk.pejling.assessment;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Decision;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.DanishFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Danish sentences of a status document, as seed 000 prints them: {@code Målet er opnået
 * (537).}, {@code Målet blev ikke opnået (83 pct.).}, {@code Målene er ikke opnået (0).},
 * {@code Indsatsen var ikke igangsat i 2019.}, {@code -}, the decision that changed a target and
 * the note on an ended initiative.
 *
 * <p>The source ends most status sentences with a full stop and drops it in some cells
 * ({@code Målet er opnået (537)} beside {@code Målet er opnået (51 pct.).}); Pejling always writes it.
 */
public final class StatusPhrase {

    public static final String NOT_APPLICABLE = "-";
    public static final String PENDING = "Afventer tal.";

    private StatusPhrase() {}

    /** The status cell of a goal in a period, in the given tense. */
    public static String of(Goal goal, GoalAssessment assessment, Tense tense) {
        Assessment effective = assessment.effective();
        switch (effective) {
            case NOT_APPLICABLE:
                return NOT_APPLICABLE;
            case PENDING:
                return PENDING;
            case NOT_STARTED:
                return tense == Tense.PAST
                        ? "Indsatsen var ikke igangsat i " + DanishFormat.period(assessment.period()) + "."
                        : "Indsatsen er endnu ikke igangsat.";
            default:
                String subject = goal.multiPart() ? "Målene" : "Målet";
                String verb = tense == Tense.PAST ? "blev" : "er";
                String not = effective == Assessment.NOT_ACHIEVED ? " ikke" : "";
                String figure = figure(goal, assessment.actual());
                return subject + " " + verb + not + " opnået" + (figure == null ? "" : " (" + figure + ")") + ".";
        }
    }

    /**
     * The figure in brackets: the result's display text where it has one; a share's count as it
     * stands ({@code (55)} for 55 of 110); otherwise the value in the goal's unit ({@code 43 pct.},
     * {@code 1.500}, {@code 5,8 procentpoint}). Null where the result has no figure.
     */
    public static @Nullable String figure(Goal goal, @Nullable Result result) {
        if (result == null) {
            return null;
        }
        if (result.display() != null && !result.display().isBlank()) {
            return result.display();
        }
        if (result.value() == null) {
            return null;
        }
        if (result.of() != null) {
            return DanishFormat.number(result.value());
        }
        return inUnit(goal.unit(), result.value());
    }

    /** A figure in a goal's unit, as a status cell or a decision writes it. */
    public static String inUnit(MeasureUnit unit, java.math.BigDecimal value) {
        switch (unit) {
            case PERCENT:
                return DanishFormat.percent(value);
            case PERCENTAGE_POINTS:
                return DanishFormat.percentagePoints(value);
            case DKK:
                return DanishFormat.kroner(value);
            default:
                return DanishFormat.number(value);
        }
    }

    /** {@code Indsatsen udløb i 2020} for an initiative that has ended, as the budget column notes it. */
    public static Optional<String> ended(Initiative initiative) {
        if (initiative.status() != InitiativeStatus.ENDED || initiative.end() == null) {
            return Optional.empty();
        }
        return Optional.of("Indsatsen udløb i " + DanishFormat.period(initiative.end()));
    }

    /**
     * The sentences of the committee decisions that changed a goal's targets, in period order:
     * {@code BIU har 23.11.2020 besluttet at nedjustere målet for 2021 til 195.} A target is
     * compared with the goal's target of the period before it.
     */
    public static List<String> decisions(Goal goal) {
        List<Target> ordered = new ArrayList<>(goal.targets());
        ordered.sort(Comparator.comparing(Target::period, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Target changed = ordered.get(i);
            if (changed.decision() != null) {
                out.add(decision(goal.unit(), i == 0 ? null : ordered.get(i - 1), changed));
            }
        }
        return out;
    }

    /**
     * The sentence of one decision, from who decided, when, and the old and new target: lowered
     * ({@code nedjustere}), raised ({@code opjustere}), kept ({@code fastholde}) or set where there
     * was none ({@code fastsætte}). A target without a level keeps the decision's own words.
     */
    public static String decision(MeasureUnit unit, @Nullable Target previous, Target changed) {
        Decision decision = changed.decision();
        if (changed.value() == null) {
            return decision != null && decision.text() != null ? decision.text() : "";
        }
        String by = decision != null && decision.by() != null ? decision.by() : "Udvalget";
        String when = decision != null && decision.date() != null ? " " + DanishFormat.date(decision.date()) : "";
        String verb;
        if (previous == null || previous.value() == null) {
            verb = "fastsætte";
        } else {
            int c = changed.value().compareTo(previous.value());
            verb = c < 0 ? "nedjustere" : c > 0 ? "opjustere" : "fastholde";
        }
        String figure = inUnit(unit, changed.value());
        // an abbreviation that ends the sentence keeps its one point: "til 45 pct."
        String forPeriod = changed.period() == null ? "" : " for " + DanishFormat.period(changed.period());
        return by + " har" + when + " besluttet at " + verb + " målet" + forPeriod
                + " til " + figure + (figure.endsWith(".") ? "" : ".");
    }
}
