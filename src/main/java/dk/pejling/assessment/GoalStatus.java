package dk.pejling.assessment;

import dk.pejling.plan.Assessment;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import org.jspecify.annotations.Nullable;

/**
 * Everything a status document or page shows of one goal in one period: the judgement, the
 * development colour, the course to the deadline where one can be drawn, the status cell
 * ({@code phrase}) as a document of the assessed periods prints it, and, for a goal whose data
 * arrive late, when it can first be measured.
 */
public record GoalStatus(
        String goalId,
        @Nullable String initiativeId,
        GoalAssessment assessment,
        DevelopmentColour colour,
        @Nullable Projection projection,
        @Nullable String notYetMeasurable,
        String phrase) {

    public Period period() {
        return assessment.period();
    }

    public @Nullable Target target() {
        return assessment.target();
    }

    public @Nullable Result actual() {
        return assessment.actual();
    }

    public @Nullable Assessment computed() {
        return assessment.computed();
    }

    public @Nullable Assessment given() {
        return assessment.given();
    }

    public Assessment effective() {
        return assessment.effective();
    }

    public boolean givenDiffers() {
        return assessment.givenDiffers();
    }
}
