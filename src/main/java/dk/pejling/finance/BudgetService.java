package dk.pejling.finance;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;

/**
 * Changes a plan's money: its budget frame per year and its initiatives' budgets. A change is
 * checked whole before anything is stored, and stored through {@link PlanService#replace}, so the
 * plan's history records it like any other change; a refused change stores nothing.
 */
@Service
public class BudgetService {

    private final PlanService plans;

    BudgetService(PlanService plans) {
        this.plans = plans;
    }

    /** Sets the plan's frame to exactly these years; no lines removes the frame. */
    public Plan setFrame(String planId, List<BudgetChecks.Line> lines) {
        Plan plan = find(planId);
        refuseProblems(BudgetChecks.check(plan, lines));
        Plan changed = plan.withBudgetFrame(BudgetChecks.yearAmounts(lines));
        plans.replace(changed);
        return changed;
    }

    /**
     * Sets the budgets of the given initiatives (by id) to exactly these years; initiatives not
     * named keep theirs. An unknown initiative is refused like a wrong amount.
     */
    public Plan setBudgets(String planId, Map<String, List<BudgetChecks.Line>> budgets) {
        Plan plan = find(planId);
        List<BudgetChecks.Problem> problems = new ArrayList<>();
        budgets.forEach((initiativeId, lines) -> {
            if (plan.initiative(initiativeId).isEmpty()) {
                problems.add(new BudgetChecks.Problem(initiativeId, "Planen har ingen indsats " + initiativeId + "."));
            } else {
                problems.addAll(BudgetChecks.check(plan, lines));
            }
        });
        refuseProblems(problems);
        Plan changed = plan;
        for (Map.Entry<String, List<BudgetChecks.Line>> e : budgets.entrySet()) {
            changed = changed.withInitiative(
                    e.getKey(), i -> i.withBudget(BudgetChecks.yearAmounts(e.getValue())));
        }
        plans.replace(changed);
        return changed;
    }

    private Plan find(String planId) {
        return plans.find(planId).orElseThrow(() -> new NoSuchElementException("There is no plan " + planId + "."));
    }

    private static void refuseProblems(List<BudgetChecks.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
    }
}
