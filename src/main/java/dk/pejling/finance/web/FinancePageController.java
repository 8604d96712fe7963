package dk.pejling.finance.web;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The money page of a plan (økonomi): budgets per initiative and year, and each grant's ledger. */
@Controller
class FinancePageController {

    private final PlanService plans;

    FinancePageController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{planId}/okonomi")
    String finance(@PathVariable String planId, Model model) {
        Plan plan = plans.find(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        model.addAttribute("plan", plan);
        FinanceView finance = FinanceView.of(plan);
        model.addAttribute("finance", finance);
        model.addAttribute("budgetChart", BudgetChart.of(finance).orElse(null));
        return "finance/okonomi";
    }
}
