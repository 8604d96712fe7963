package dk.pejling.finance.web;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanAlreadyExistsException;
import dk.pejling.plan.PlanService;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A plan's money over the API, and scenarios over a catalogue: a dry run answers the totals against
 * the frame; otherwise the scenario is adopted and stored as a new action plan.
 */
@RestController
class FinanceApiController {

    /** The bundle's id form, so that the adopted plan can be exported and imported again. */
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final int LONGEST_ID = 100;

    private final PlanService plans;

    FinanceApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans/{planId}/finance")
    FinanceView finance(@PathVariable String planId) {
        return FinanceView.of(find(planId));
    }

    @PostMapping("/api/v1/plans/{catalogueId}/scenarios")
    ResponseEntity<ScenarioView> scenario(
            @PathVariable String catalogueId,
            @RequestBody ScenarioRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        Plan catalogue = find(catalogueId);
        ScenarioBuilder.Built built = ScenarioBuilder.build(catalogue, request);
        if (dryRun) {
            return ResponseEntity.ok(ScenarioView.of(catalogueId, null, built.scenario(), built.years(), built.frame()));
        }
        String planId = request.planId();
        if (planId == null || planId.length() > LONGEST_ID || !ID.matcher(planId).matches()) {
            throw new ScenarioException("planId: give the new plan an id of lower-case letters, digits and hyphens.");
        }
        String title = request.title();
        if (title == null || title.isBlank()) {
            throw new ScenarioException("title: give the new plan a title.");
        }
        if (plans.exists(planId)) {
            throw new PlanAlreadyExistsException(planId);
        }
        Plan adopted = built.scenario().adopt(planId, title.strip(), built.years());
        try {
            plans.create(adopted);
        } catch (IllegalArgumentException notStorable) {
            throw new ScenarioException(notStorable.getMessage() + "; choose a scale with fewer decimals.");
        }
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId))
                .body(ScenarioView.of(catalogueId, planId, built.scenario(), built.years(), built.frame()));
    }

    private Plan find(String planId) {
        return plans.find(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + planId + "."));
    }
}
