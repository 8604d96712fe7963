package dk.pejling.finance.web;

import dk.pejling.finance.GrantLedger;
import dk.pejling.finance.GrantYear;
import dk.pejling.plan.Grant;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanEditing;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StalePlanException;
import dk.pejling.plan.StoredPlan;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
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
 * A grant's own page for planners: the figures that change during its life (award and spending per
 * year, a decided carry-over, a broken condition with its note) in one plain form. The form carries
 * the plan's revision; a form with an error stores nothing and comes back as typed (422), a form
 * opened on a plan changed since comes back with what is stored now (409), and a saved form goes
 * through {@link PlanEditing}, so the plan's history and the audit trail record who changed what.
 */
@Controller
class GrantPageController {

    private final PlanService plans;
    private final PlanEditing editing;
    private final MessageSource messages;

    GrantPageController(PlanService plans, PlanEditing editing, MessageSource messages) {
        this.plans = plans;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/okonomi/puljer/{grantId}")
    String grant(@PathVariable String planId, @PathVariable String grantId, Model model, Locale locale) {
        StoredPlan stored = find(planId);
        Grant grant = grant(stored.plan(), grantId);
        return page(model, stored, grant, GrantForm.opened(grant, years(stored.plan(), grant), messages, locale));
    }

    @PostMapping("/plans/{planId}/okonomi/puljer/{grantId}")
    String save(
            @PathVariable String planId,
            @PathVariable String grantId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StoredPlan stored = find(planId);
        Grant grant = grant(stored.plan(), grantId);
        String revision = params.getFirst("revision") == null ? "" : params.getFirst("revision");
        GrantForm form = GrantForm.submitted(grant, years(stored.plan(), grant), params, messages, locale);
        Grant changed = form.read();
        if (changed == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            // The revision the form was opened on travels with it, so a later save still sees a change in between.
            return page(model, new StoredPlan(stored.plan(), revision), grant, form);
        }
        try {
            if (!changed.equals(grant) || !revision.equals(stored.revision())) {
                editing.edit(planId, revision, p -> p.withGrant(grantId, g -> changed));
            }
        } catch (StalePlanException e) {
            StoredPlan now = find(planId);
            Grant current = grant(now.plan(), grantId);
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, now, current,
                    GrantForm.submitted(current, years(now.plan(), current), params, messages, locale).stale());
        } catch (NoSuchElementException gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId);
        }
        redirect.addFlashAttribute("saved", messages.getMessage("grant.saved", new Object[] {grant.title()}, locale));
        return "redirect:/plans/" + planId + "/okonomi#grant-" + grantId;
    }

    /**
     * The years the form offers: each year of the grant's period; for a grant without one, the
     * years its ledger speaks of and the plan's years.
     */
    static List<Integer> years(Plan plan, Grant grant) {
        TreeSet<Integer> out = new TreeSet<>();
        if (grant.period() != null) {
            for (int y = grant.period().start().year(); y <= grant.period().end().year(); y++) {
                out.add(y);
            }
            return List.copyOf(out);
        }
        GrantLedger.of(grant).years().stream().map(GrantYear::year).forEach(out::add);
        out.addAll(FinancePageController.years(plan));
        return List.copyOf(out);
    }

    private String page(Model model, StoredPlan stored, Grant grant, GrantForm form) {
        model.addAttribute("plan", stored.plan());
        model.addAttribute("grant", grant);
        model.addAttribute("revision", stored.revision());
        model.addAttribute("form", form);
        return "finance/grant";
    }

    private StoredPlan find(String planId) {
        return plans.findStored(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
    }

    private static Grant grant(Plan plan, String grantId) {
        return plan.grants().stream()
                .filter(g -> g.id().equals(grantId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no grant " + grantId));
    }
}
