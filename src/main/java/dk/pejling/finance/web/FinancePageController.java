package dk.pejling.finance.web;

import dk.pejling.finance.BudgetChecks;
import dk.pejling.finance.BudgetService;
import dk.pejling.finance.InvalidBudgetException;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StalePlanException;
import dk.pejling.plan.StoredPlan;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The money page of a plan (økonomi): budgets per initiative and year against the plan's frame,
 * pay-for-results, cost per result, and each grant's ledger; planners set the frame and the budgets
 * here in plain forms. A form with any error stores nothing and comes back with what was typed and
 * a Danish message per field.
 */
@Controller
class FinancePageController {

    static final String FRAME_FIELD = "ramme-";
    static final String BUDGET_FIELD = "budget-";
    /** The plan's revision when the form was opened; a save on a plan changed since is refused (409). */
    static final String REVISION = "revision";

    private final PlanService plans;
    private final BudgetService budgets;
    private final MessageSourceAccessor texts;
    private final MoneyFigures money;

    FinancePageController(PlanService plans, BudgetService budgets, MessageSourceAccessor texts, MoneyFigures money) {
        this.plans = plans;
        this.budgets = budgets;
        this.texts = texts;
        this.money = money;
    }

    @GetMapping("/plans/{planId}/okonomi")
    String finance(@PathVariable String planId, Model model) {
        StoredPlan stored = find(planId);
        return page(stored.plan(), stored.revision(), model, Map.of(), List.of());
    }

    @PostMapping("/plans/{planId}/okonomi/ramme")
    String setFrame(
            @PathVariable String planId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = find(planId).plan();
        List<BudgetChecks.Problem> problems = new ArrayList<>();
        List<BudgetChecks.Line> lines = new ArrayList<>();
        for (int year : years(plan)) {
            String field = FRAME_FIELD + year;
            BigDecimal amount = amount(form.getFirst(field), field, "Rammen for " + year, problems);
            if (amount != null) {
                lines.add(new BudgetChecks.Line(field, "Rammen for " + year, year, amount));
            }
        }
        problems.addAll(BudgetChecks.check(plan, lines));
        if (!problems.isEmpty()) {
            return refused(plan, form, problems, model, response);
        }
        try {
            budgets.setFrame(planId, lines, form.getFirst(REVISION));
        } catch (InvalidBudgetException e) {
            return refused(plan, form, e.problems(), model, response);
        } catch (StalePlanException e) {
            return stale(planId, "frame-form", form, model, response);
        }
        redirect.addFlashAttribute("saved", texts.getMessage("finance.frameSaved"));
        return "redirect:/plans/" + planId + "/okonomi#ramme";
    }

    @PostMapping("/plans/{planId}/okonomi/budgetter")
    String setBudgets(
            @PathVariable String planId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = find(planId).plan();
        List<BudgetChecks.Problem> problems = new ArrayList<>();
        Map<String, List<BudgetChecks.Line>> changes = new LinkedHashMap<>();
        for (Initiative initiative : plan.allInitiatives()) {
            List<BudgetChecks.Line> lines = new ArrayList<>();
            for (int year : years(plan)) {
                String field = budgetField(year, initiative.id());
                String where = label(initiative) + ", " + year;
                BigDecimal amount = amount(form.getFirst(field), field, where, problems);
                if (amount != null) {
                    lines.add(new BudgetChecks.Line(field, where, year, amount));
                }
            }
            // A budget year outside the form's years (outside the plan's period) is kept as it is.
            initiative.budget().stream()
                    .filter(b -> !years(plan).contains(b.year()))
                    .forEach(b -> lines.add(new BudgetChecks.Line(
                            budgetField(b.year(), initiative.id()), label(initiative) + ", " + b.year(), b.year(), b.amount())));
            problems.addAll(BudgetChecks.check(plan, lines));
            changes.put(initiative.id(), lines);
        }
        if (!problems.isEmpty()) {
            return refused(plan, form, problems, model, response);
        }
        try {
            budgets.setBudgets(planId, changes, form.getFirst(REVISION));
        } catch (InvalidBudgetException e) {
            return refused(plan, form, e.problems(), model, response);
        } catch (StalePlanException e) {
            return stale(planId, "budget-form", form, model, response);
        }
        redirect.addFlashAttribute("saved", texts.getMessage("finance.budgetsSaved"));
        return "redirect:/plans/" + planId + "/okonomi#budgets";
    }

    static String budgetField(int year, String initiativeId) {
        return BUDGET_FIELD + year + "-" + initiativeId;
    }

    /** The years a planner can set: every whole year of the plan's period. */
    static List<Integer> years(Plan plan) {
        List<Integer> out = new ArrayList<>();
        for (int y = plan.period().start().year(); y <= plan.period().end().year(); y++) {
            if (plan.covers(Period.year(y))) {
                out.add(y);
            }
        }
        return out;
    }

    private static String label(Initiative i) {
        return "Indsats " + (i.number() == null ? "" : i.number() + " ") + i.title();
    }

    private static @Nullable BigDecimal amount(
            @Nullable String raw, String field, String where, List<BudgetChecks.Problem> problems) {
        try {
            return AmountInput.parse(raw);
        } catch (AmountInput.NotAnAmount e) {
            problems.add(new BudgetChecks.Problem(field, where + ": " + e.getMessage()));
            return null;
        }
    }

    private String refused(Plan plan, MultiValueMap<String, String> form, List<BudgetChecks.Problem> problems, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // The revision the form was opened on travels with it, so a later save still sees a change in between.
        String revision = form.getFirst(REVISION);
        return page(plan, revision == null ? find(plan.id()).revision() : revision, model, typed(form), problems);
    }

    /**
     * Someone saved the plan after this form was opened: nothing is stored, and the page shows the
     * figures as saved now with what was typed kept in the fields; saving again stores it knowingly.
     */
    private String stale(String planId, String formId, MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        StoredPlan now = find(planId);
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(now.plan(), now.revision(), model, typed(form),
                List.of(new BudgetChecks.Problem(formId, texts.getMessage("finance.stale"))));
    }

    private static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(FRAME_FIELD) || k.startsWith(BUDGET_FIELD)) {
                typed.put(k, v.isEmpty() ? "" : v.get(0));
            }
        });
        return typed;
    }

    private String page(Plan plan, String revision, Model model, Map<String, String> typed,
            List<BudgetChecks.Problem> problems) {
        model.addAttribute("plan", plan);
        model.addAttribute("revision", revision);
        FinanceView finance = FinanceView.of(plan);
        model.addAttribute("finance", finance);
        model.addAttribute("budgetChart", BudgetChart.of(finance, texts, money).orElse(null));
        model.addAttribute("form", MoneyForm.of(plan, years(plan), typed, problems));
        return "finance/okonomi";
    }

    private StoredPlan find(String planId) {
        return plans.findStored(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
    }

    /** Keeps the stored figures' years for {@link MoneyForm}; a helper for the view. */
    static @Nullable BigDecimal stored(List<YearAmount> lines, int year) {
        return lines.stream().filter(l -> l.year() == year).map(YearAmount::amount).findFirst().orElse(null);
    }
}
