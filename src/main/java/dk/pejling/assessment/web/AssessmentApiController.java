package dk.pejling.assessment.web;

import dk.pejling.assessment.GoalStatus;
import dk.pejling.assessment.PlanAssessor;
import dk.pejling.assessment.Projection;
import dk.pejling.plan.AsOf;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Result;
import dk.pejling.plan.Target;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every goal of a plan judged in the periods asked for ({@code ?periods=2019,2020}; all periods
 * with targets or results where none are named), with the status phrase exactly as a document for
 * those periods prints it.
 */
@RestController
class AssessmentApiController {

    private final PlanService plans;

    AssessmentApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans/{planId}/assessments")
    List<GoalAssessmentView> assessments(
            @PathVariable String planId,
            @RequestParam(required = false) String periods,
            @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        Plan plan = plans.find(planId, at)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, at == null
                        ? "There is no plan " + planId + "."
                        : "There was no plan " + planId + " at " + at + "."));
        List<Period> asked = periods == null || periods.isBlank() ? plan.goalPeriods() : parse(periods);
        return PlanAssessor.assess(plan, asked).stream().map(GoalAssessmentView::of).toList();
    }

    private static List<Period> parse(String periods) {
        List<Period> out = new ArrayList<>();
        for (String part : periods.split(",")) {
            out.add(Period.tryParse(part).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "periods: \"" + part.trim() + "\" is not a period (2019, 2009-Q3, 2008-02 or 2014-12-31)")));
        }
        return out;
    }

    /** One goal in one period, as the API answers it. */
    record GoalAssessmentView(
            String goalId,
            @Nullable String initiativeId,
            String period,
            @Nullable TargetView target,
            @Nullable ActualView actual,
            @Nullable String computed,
            @Nullable String given,
            String effective,
            boolean givenDiffers,
            String colour,
            @Nullable ProjectionView projection,
            @Nullable String notYetMeasurable,
            String phrase) {

        static GoalAssessmentView of(GoalStatus s) {
            return new GoalAssessmentView(
                    s.goalId(),
                    s.initiativeId(),
                    s.period().toString(),
                    TargetView.of(s.target()),
                    ActualView.of(s.actual()),
                    s.computed() == null ? null : s.computed().code(),
                    s.given() == null ? null : s.given().code(),
                    s.effective().code(),
                    s.givenDiffers(),
                    s.colour().name().toLowerCase(java.util.Locale.ROOT),
                    ProjectionView.of(s.projection()),
                    s.notYetMeasurable(),
                    s.phrase());
        }
    }

    record TargetView(
            @Nullable String period,
            @Nullable BigDecimal value,
            @Nullable BigDecimal change,
            @Nullable BigDecimal changePercent,
            @Nullable BigDecimal tolerance,
            @Nullable String reference) {
        static @Nullable TargetView of(@Nullable Target t) {
            return t == null
                    ? null
                    : new TargetView(
                            t.period() == null ? null : t.period().toString(),
                            t.value(),
                            t.change(),
                            t.changePercent(),
                            t.tolerance(),
                            t.reference() == null ? null : t.reference().text());
        }
    }

    record ActualView(@Nullable BigDecimal value, @Nullable BigDecimal of, @Nullable String display, @Nullable String reason) {
        static @Nullable ActualView of(@Nullable Result r) {
            return r == null ? null : new ActualView(r.value(), r.of(), r.display(), r.reason());
        }
    }

    record ProjectionView(String deadline, BigDecimal projected, BigDecimal target, boolean expectedMet, String sentence) {
        static @Nullable ProjectionView of(@Nullable Projection p) {
            return p == null
                    ? null
                    : new ProjectionView(p.deadline().toString(), p.projected(), p.target(), p.expectedMet(), p.sentence());
        }
    }
}
