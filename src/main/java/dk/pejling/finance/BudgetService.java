package dk.pejling.finance;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanChange;
import dk.pejling.plan.PlanEditing;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StalePlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Changes a plan's money: its budget frame per year and its initiatives' budgets. A change is
 * checked whole before anything is stored, and stored through {@link PlanService}, so the
 * plan's history records it like any other change; a refused change stores nothing.
 */
@Service
public class BudgetService {

    private final PlanService plans;
    private final PlanEditing editing;

    BudgetService(PlanService plans, PlanEditing editing) {
        this.plans = plans;
        this.editing = editing;
    }

    /**
     * Sets the plan's frame to exactly these years (no lines removes the frame): on the plan as it was
     * at {@code expectedRevision} (the revision a form was opened on), refused with
     * {@link StalePlanException} if it changed since; without one, on the plan as it is now.
     */
    public Plan setFrame(String planId, List<BudgetChecks.Line> lines, @Nullable String expectedRevision) {
        return change(planId, expectedRevision, plan -> {
            refuseProblems(BudgetChecks.check(plan, lines));
            return plan.withBudgetFrame(BudgetChecks.yearAmounts(lines));
        });
    }

    /**
     * Sets the budgets of the given initiatives (by id) to exactly these years; initiatives not
     * named keep theirs. An unknown initiative is refused like a wrong amount. As the frame, held to
     * {@code expectedRevision} where one is given.
     */
    public Plan setBudgets(String planId, Map<String, List<BudgetChecks.Line>> budgets, @Nullable String expectedRevision) {
        return change(planId, expectedRevision, plan -> withBudgets(plan, budgets));
    }

    private static Plan withBudgets(Plan plan, Map<String, List<BudgetChecks.Line>> budgets) {
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
        return changed;
    }

    /** The plan changed and stored: held to the revision where one is given, else changed as it is now. */
    private Plan change(String planId, @Nullable String expectedRevision, UnaryOperator<Plan> edit) {
        return expectedRevision != null
                ? editing.edit(planId, expectedRevision, edit)
                : plans.update(planId, edit, PlanChange.current());
    }

    private static void refuseProblems(List<BudgetChecks.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
    }
}
