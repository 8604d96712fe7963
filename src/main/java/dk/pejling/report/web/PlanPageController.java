package dk.pejling.report.web;

import dk.pejling.plan.AsOf;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.shared.PageFormat;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import dk.pejling.plan.PlanVisibility;
import dk.pejling.plan.UnitScope;
import dk.pejling.plan.PublicationService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The pages that show plans: the list, a plan with its tree, and one initiative. */
@Controller
class PlanPageController {

    private final PlanVisibility visibility;
    private final PublicationService publications;

    private final ReporterScope reporter;

    PlanPageController(PlanVisibility visibility, PublicationService publications, ReporterScope reporter) {
        this.reporter = reporter;
        this.visibility = visibility;
        this.publications = publications;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", visibility.list());
        return "plan/list";
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable String planId, @RequestParam(required = false) @Nullable String asOf, Model model) {
        Plan whole = find(planId, asOf, model);
        Plan plan = reporter.units().map(units -> UnitScope.of(whole, units)).orElse(whole);
        model.addAttribute("plan", plan);
        model.addAttribute("view", PlanView.of(plan));
        model.addAttribute("publication", publications.publication(planId).orElse(null));
        return "plan/plan";
    }

    @GetMapping("/plans/{planId}/initiatives/{initiativeId}")
    String initiative(
            @PathVariable String planId,
            @PathVariable String initiativeId,
            @RequestParam(required = false) @Nullable String asOf,
            Model model) {
        Plan plan = find(planId, asOf, model);
        // Another unit's initiative is answered as absent to a unit reporter, as it is absent from their plan page.
        Initiative initiative = plan.initiative(initiativeId)
                .filter(i -> reporter.units().map(units -> UnitScope.runs(units, i)).orElse(true))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no initiative " + initiativeId));
        model.addAttribute("plan", plan);
        model.addAttribute("initiative", initiative);
        model.addAttribute("view", PlanView.of(plan));
        return "plan/initiative";
    }

    /**
     * The plan now, or as it stood at {@code asOf}; then the page says so in a banner
     * ({@code asOfText}) and its links keep to that moment ({@code asOf}).
     */
    private Plan find(String planId, @Nullable String asOf, Model model) {
        Instant at = AsOf.parse(asOf);
        Plan plan = visibility.find(planId, at)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        if (at != null) {
            model.addAttribute("asOf", asOf == null ? null : asOf.strip());
            model.addAttribute("asOfText", PageFormat.moment(at, LocaleContextHolder.getLocale()));
        }
        return plan;
    }
}
