package dk.pejling.finance.web;

import dk.pejling.finance.BudgetChecks;
import dk.pejling.finance.BudgetService;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StalePlanException;
import dk.pejling.shared.IfMatch;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's money changed over the API: the budget frame per year, and an initiative's budget per
 * year. Each call replaces the whole list it names and answers the plan's money as it now stands;
 * a refused call changes nothing and says, for each line, what is wrong.
 */
@RestController
class BudgetApiController {

    /** One year's amount in a request; either may be missing in the JSON and is then refused. */
    record YearAmountRequest(@Nullable Integer year, @Nullable BigDecimal amount) {}

    private final BudgetService budgets;
    private final PlanService plans;

    BudgetApiController(BudgetService budgets, PlanService plans) {
        this.budgets = budgets;
        this.plans = plans;
    }

    @PutMapping("/api/v1/plans/{planId}/budget-frames")
    FinanceView frame(
            @PathVariable String planId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody List<YearAmountRequest> frame) {
        Plan changed = budgets.setFrame(planId, lines(frame, "Rammen"), revisionOf(ifMatch));
        return FinanceView.of(changed);
    }

    @PutMapping("/api/v1/plans/{planId}/initiatives/{initiativeId}/budget")
    FinanceView budget(
            @PathVariable String planId,
            @PathVariable String initiativeId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody List<YearAmountRequest> budget) {
        Plan plan = plans.find(planId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + planId + "."));
        if (plan.initiative(initiativeId).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "The plan " + planId + " has no initiative " + initiativeId + ".");
        }
        Plan changed = budgets.setBudgets(planId, Map.of(initiativeId, lines(budget, "Budgettet for " + initiativeId)),
                revisionOf(ifMatch));
        return FinanceView.of(changed);
    }

    /**
     * The revision named in {@code If-Match}, or null where none or any ({@code *}) is named: then the
     * change is applied to the plan as it is when it is stored, never over another person's change
     * (BudgetService); with one, it is refused if the plan has changed since.
     */
    private static @Nullable String revisionOf(@Nullable String ifMatch) {
        return IfMatch.revision(ifMatch).filter(r -> !r.equals("*")).orElse(null);
    }

    @ExceptionHandler(StalePlanException.class)
    ProblemDetail changed(StalePlanException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The plan has been changed by someone else since the revision in If-Match; nothing was stored. "
                        + "Fetch it again (the ETag of GET /api/v1/plans/{id}/bundle) and send the change with the new revision.");
        problem.setType(URI.create("/problems/plan-changed"));
        problem.setTitle("Plan changed");
        return problem;
    }

    private static List<BudgetChecks.Line> lines(@Nullable List<YearAmountRequest> requests, String what) {
        List<BudgetChecks.Line> out = new ArrayList<>();
        if (requests == null) {
            return out;
        }
        for (int i = 0; i < requests.size(); i++) {
            YearAmountRequest r = requests.get(i);
            Integer year = r == null ? null : r.year();
            String where = what + (year == null ? ", linje " + (i + 1) : " " + year);
            out.add(new BudgetChecks.Line("[" + i + "]", where, year, r == null ? null : r.amount()));
        }
        return out;
    }
}
