package dk.pejling.finance;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanEditing;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StalePlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Changes a plan's money: its budget frame per year and its initiatives' budgets. A change is
 * checked whole before anything is stored, and stored through {@link PlanService#replace}, so the
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

    /** Sets the plan's frame to exactly these years; no lines removes the frame. */
    public Plan setFrame(String planId, List<BudgetChecks.Line> lines) {
        return setFrame(planId, lines, null);
    }

    /**
     * As {@link #setFrame(String, List)}, on the plan as it was at {@code expectedRevision} (the
     * revision a page's form was opened on); a plan changed since is refused with
     * {@link StalePlanException} and nothing is stored.
     */
    public Plan setFrame(String planId, List<BudgetChecks.Line> lines, @Nullable String expectedRevision) {
        return change(planId, expectedRevision, plan -> {
            refuseProblems(BudgetChecks.check(plan, lines));
            return plan.withBudgetFrame(BudgetChecks.yearAmounts(lines));
        });
    }

    /**
     * Sets the budgets of the given initiatives (by id) to exactly these years; initiatives not
     * named keep theirs. An unknown initiative is refused like a wrong amount.
     */
    public Plan setBudgets(String planId, Map<String, List<BudgetChecks.Line>> budgets) {
        return setBudgets(planId, budgets, null);
    }

    /** As {@link #setBudgets(String, Map)}, refused where the plan changed since {@code expectedRevision}. */
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

    /** Tries of a change named without a revision before it gives up on a plan that keeps changing. */
    private static final int ATTEMPTS = 3;

    /**
     * The plan changed and stored. With a revision, only if the plan is still at it. Without one, the
     * change is applied to the plan as it is now and stored only if no one saved in between; if
     * someone did, it is applied again to what they saved, so their change is never written over.
     */
    private Plan change(String planId, @Nullable String expectedRevision, UnaryOperator<Plan> edit) {
        if (expectedRevision != null) {
            return editing.edit(planId, expectedRevision, edit);
        }
        for (int attempt = 1; ; attempt++) {
            String now = plans.revision(planId).orElseThrow(() -> new NoSuchElementException("There is no plan " + planId + "."));
            try {
                return editing.edit(planId, now, edit);
            } catch (StalePlanException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
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
