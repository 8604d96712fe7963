package dk.pejling.report.web;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One goal on the dashboard in the chosen period: where it sits (top-level section, initiative,
 * units), its judgement, development colour and course. {@code status} is null where the goal has
 * neither target nor result in the period. Target and result stay figures: the page writes them in
 * the reader's language, and one dashboard serves every language.
 */
public record DashboardGoal(
        String goalId,
        String text,
        GoalKind kind,
        @Nullable String sectionId,
        @Nullable String initiativeId,
        @Nullable String initiativeName,
        List<String> unitIds,
        List<String> unitNames,
        @Nullable GoalStatus status,
        @Nullable Target target,
        @Nullable Result result) {

    public Assessment assessment() {
        return status == null ? Assessment.NOT_APPLICABLE : status.effective();
    }

    /** {@code green} … {@code white}, for the colour's CSS class and its message key. */
    public String colour() {
        return status == null ? "white" : status.colour().name().toLowerCase(Locale.ROOT);
    }
}
