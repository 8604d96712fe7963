package dk.pejling.report.web;

import dk.pejling.assessment.StatusPhrase;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.report.GoalCharts;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A goal's own page: its course as a chart with the figures beside it, and its judgement per period. */
@Controller
class GoalPageController {

    private final PlanService plans;

    GoalPageController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{planId}/goals/{goalId}")
    String goal(@PathVariable String planId, @PathVariable String goalId, Model model) {
        Plan plan = plans.find(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        Goal goal = plan.goal(goalId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no goal " + goalId));
        Initiative initiative = plan.allInitiatives().stream()
                .filter(i -> i.goals().stream().anyMatch(g -> g.id().equals(goalId)))
                .findFirst()
                .orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("goal", goal);
        model.addAttribute("goals", List.of(goal));
        model.addAttribute("initiative", initiative);
        model.addAttribute("decisions", StatusPhrase.decisions(goal).stream().filter(d -> !d.isBlank()).toList());
        model.addAttribute("chart", GoalCharts.of(plan, goal).orElse(null));
        model.addAttribute("view", PlanView.of(plan));
        return "plan/goal";
    }
}
