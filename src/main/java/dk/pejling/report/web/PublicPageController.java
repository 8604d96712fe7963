package dk.pejling.report.web;

import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PublicationService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the public may read, without signing in: the published plans, each with its initiatives,
 * and its status document as a web page or PDF. Only published plans that are not drafts, and each
 * passed through the modules' filters of what is not yet public (results of open rounds, remarks
 * not approved), whoever is signed in.
 */
@Controller
class PublicPageController {

    private static final String BASE = "/offentlig/plans";

    private final PublicationService publications;
    private final DocumentDownloads downloads;

    PublicPageController(PublicationService publications, DocumentDownloads downloads) {
        this.publications = publications;
        this.downloads = downloads;
    }

    @GetMapping("/offentlig")
    String home() {
        return "redirect:" + BASE;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("plans", publications.publicList());
        return "public/list";
    }

    @GetMapping(BASE + "/{planId}")
    String plan(@PathVariable String planId, Model model) {
        Plan plan = find(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("view", PlanView.of(plan));
        model.addAttribute("base", BASE);
        return "public/plan";
    }

    @GetMapping(BASE + "/{planId}/initiatives/{initiativeId}")
    String initiative(@PathVariable String planId, @PathVariable String initiativeId, Model model) {
        Plan plan = find(planId);
        Initiative initiative = plan.initiative(initiativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no initiative " + initiativeId));
        model.addAttribute("plan", plan);
        model.addAttribute("initiative", initiative);
        model.addAttribute("view", PlanView.of(plan));
        model.addAttribute("base", BASE);
        return "plan/initiative";
    }

    /** The status document of the published plan, as a web page or a PDF (the office formats are for the administration). */
    @GetMapping(BASE + "/{planId}/status.{format}")
    ResponseEntity<byte[]> status(
            @PathVariable String planId,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable List<String> periods) {
        if (!format.equals("html") && !format.equals("pdf")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Der er intet offentligt format " + format + ".");
        }
        return downloads.download(find(planId), "status", format, periods);
    }

    private Plan find(String planId) {
        return publications.publicPlan(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
    }
}
