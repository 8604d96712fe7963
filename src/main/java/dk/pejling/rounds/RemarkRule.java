package dk.pejling.rounds;

import dk.pejling.assessment.GoalAssessment;
import dk.pejling.assessment.GoalAssessor;
import dk.pejling.assessment.StatusPhrase;
import dk.pejling.assessment.Tense;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Judges a goal with the figures a reporter has typed, before anything is saved, and says whether
 * a remark is required: a goal that is not met, or whose forecast misses the target of the year or
 * of the goal's deadline, needs a remark before the report can be submitted (the status documents
 * list a remark for every unmet goal, domain rule "Remarks").
 */
public final class RemarkRule {

    private RemarkRule() {}

    /** Why a remark is required, or NONE. */
    public enum Need {
        NONE,
        NOT_MET,
        FORECAST_MISSED;

        public String text() {
            return switch (this) {
                case NONE -> "";
                case NOT_MET -> "Målet er ikke opnået. Skriv en bemærkning om hvorfor, og hvad der gøres.";
                case FORECAST_MISSED -> "Forventningen når ikke målet. Skriv en bemærkning om hvorfor, og hvad der gøres.";
            };
        }
    }

    /** The judgement of the typed figures, the status sentence and whether a remark is needed. */
    public record Preview(GoalAssessment assessment, String phrase, Need need) {

        public boolean remarkMissing(EntryValues values) {
            return need != Need.NONE && !values.hasRemark();
        }
    }

    public static Preview preview(Goal goal, @Nullable Initiative initiative, Period period, EntryValues values) {
        Goal typed = withResult(goal, values.hasFigure() ? values.toResult(period, null) : null, period);
        GoalAssessment assessment = GoalAssessor.assess(typed, initiative, period);
        String phrase = StatusPhrase.of(typed, assessment, Tense.PRESENT_PERFECT);
        Need need = Need.NONE;
        if (assessment.effective() == Assessment.NOT_ACHIEVED) {
            need = Need.NOT_MET;
        } else if (forecastMisses(goal, initiative, period, values)) {
            need = Need.FORECAST_MISSED;
        }
        return new Preview(assessment, phrase, need);
    }

    /**
     * The forecast judged as if it were the result of the year, or, where the year has no target,
     * of the goal's last target (its deadline).
     */
    private static boolean forecastMisses(Goal goal, @Nullable Initiative initiative, Period period, EntryValues values) {
        if (values.forecastValue() == null) {
            return false;
        }
        Period year = Period.year(period.year());
        Optional<Target> yearTarget = GoalAssessor.targetFor(goal, year);
        Period horizon = yearTarget.isPresent()
                ? year
                : goal.targets().stream()
                        .map(Target::period)
                        .filter(p -> p != null && !p.end().isBefore(period.end()))
                        .max(Comparator.naturalOrder())
                        .orElse(null);
        if (horizon == null) {
            return false;
        }
        Result forecast = new Result(horizon, values.forecastValue(), values.of(), null, java.util.Map.of(), null, null,
                null, null, null);
        GoalAssessment judged = GoalAssessor.assess(withResult(goal, forecast, horizon), initiative, horizon);
        return judged.computed() == Assessment.NOT_ACHIEVED;
    }

    /** The goal with its result for the period replaced (or removed, where result is null). */
    static Goal withResult(Goal goal, @Nullable Result result, Period period) {
        List<Result> results = new ArrayList<>(goal.results().stream().filter(r -> !r.period().equals(period)).toList());
        if (result != null) {
            results.add(result);
        }
        return new Goal(goal.id(), goal.number(), goal.kind(), goal.text(), goal.unit(), goal.direction(),
                goal.contributesTo(), goal.baseline(), goal.significance(), goal.multiPart(), goal.measurableFrom(),
                goal.targets(), results);
    }
}
