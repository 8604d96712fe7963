package dk.pejling.finance.web;

import dk.pejling.finance.CatalogueScenario;
import dk.pejling.finance.Years;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanAlreadyExistsException;
import dk.pejling.plan.PlanService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

/**
 * The scenario page of a catalogue (scenarier): pick initiatives, set target groups and a frame per
 * year, and see the totals against the frame. Trying is a GET, so anyone who may read the catalogue
 * may try, and the URL holds the scenario; adopting it as a new plan is a POST, for planners.
 */
@Controller
class ScenarioPageController {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final int LONGEST_ID = 100;

    private final PlanService plans;
    private final MessageSourceAccessor texts;

    ScenarioPageController(PlanService plans, MessageSourceAccessor texts) {
        this.plans = plans;
        this.texts = texts;
    }

    @GetMapping("/plans/{catalogueId}/scenarier")
    String scenario(
            @PathVariable String catalogueId, @RequestParam MultiValueMap<String, String> form, Model model) {
        Plan catalogue = find(catalogueId);
        return page(catalogue, ScenarioPage.of(catalogue, form), form, List.of(), model);
    }

    @PostMapping("/plans/{catalogueId}/scenarier")
    String adopt(
            @PathVariable String catalogueId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        Plan catalogue = find(catalogueId);
        ScenarioPage page = ScenarioPage.of(catalogue, form);
        List<String> problems = new ArrayList<>(page.problems());
        String planId = form.getFirst("planId") == null ? "" : form.getFirst("planId").strip();
        String title = form.getFirst("titel") == null ? "" : form.getFirst("titel").strip();
        if (page.picked().isEmpty()) {
            problems.add(texts.getMessage("scenario.error.none"));
        }
        if (planId.isEmpty()) {
            problems.add(texts.getMessage("scenario.error.noId"));
        } else if (planId.length() > LONGEST_ID || !ID.matcher(planId).matches()) {
            problems.add(texts.getMessage("scenario.error.badId", new Object[] {planId, LONGEST_ID}));
        } else if (plans.exists(planId)) {
            problems.add(texts.getMessage("scenario.error.idTaken", new Object[] {planId}));
        }
        if (title.isEmpty()) {
            problems.add(texts.getMessage("scenario.error.noTitle"));
        }
        if (page.years().isEmpty()) {
            problems.add(texts.getMessage("scenario.error.noYears"));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(catalogue, page, form, problems, model);
        }
        CatalogueScenario scenario = ScenarioPage.scenario(catalogue, page);
        Years years = Years.of(page.years().get(0), page.years().get(page.years().size() - 1));
        try {
            plans.create(scenario.adopt(planId, title, years));
        } catch (IllegalArgumentException | PlanAlreadyExistsException notStorable) {
            // a target group with more decimals than a stored plan holds, or an id taken meanwhile
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(catalogue, page, form, List.of(texts.getMessage("scenario.error.notStored")), model);
        }
        return "redirect:/plans/" + planId;
    }

    private String page(Plan catalogue, ScenarioPage page, MultiValueMap<String, String> form, List<String> adoptProblems,
            Model model) {
        model.addAttribute("plan", catalogue);
        model.addAttribute("scenario", page);
        model.addAttribute("adoptProblems", adoptProblems);
        model.addAttribute("planId", form.getFirst("planId") == null ? "" : form.getFirst("planId"));
        model.addAttribute("titel", form.getFirst("titel") == null ? "" : form.getFirst("titel"));
        return "finance/scenarier";
    }

    private Plan find(String planId) {
        return plans.find(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
    }
}
