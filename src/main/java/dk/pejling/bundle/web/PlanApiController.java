package dk.pejling.bundle.web;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.AsOf;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.PlanSummary;
import java.time.Instant;
import dk.pejling.plan.PlanVisibility;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans over the API. A plan is answered in the bundle's own shape (the {@code plan} object of its
 * JSON bundle), so that the API and the interchange format never drift apart.
 */
@RestController
class PlanApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanService plans;
    private final PlanVisibility visibility;
    private final BundleImporter importer;

    PlanApiController(PlanService plans, PlanVisibility visibility, BundleImporter importer) {
        this.plans = plans;
        this.visibility = visibility;
        this.importer = importer;
    }

    /** The plans the caller may see: drafts only for planners and administrators. */
    @GetMapping("/api/v1/plans")
    List<PlanSummary> list() {
        return visibility.list();
    }

    @GetMapping(path = "/api/v1/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> plan(@PathVariable String planId, @RequestParam(required = false) String asOf) {
        Instant at = AsOf.parse(asOf);
        BundleImporter.Exported bundle = importer.export(planId, BundleFormat.JSON, at)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, at == null
                        ? "There is no plan " + planId + "."
                        : "There was no plan " + planId + " at " + at + "."));
        return BundleApiController.withRevision(ResponseEntity.ok(), bundle.revision())
                .body(JSON.readTree(bundle.text()).get("plan"));
    }

    @DeleteMapping("/api/v1/plans/{planId}")
    ResponseEntity<Void> delete(@PathVariable String planId) {
        if (!plans.delete(planId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + planId + ".");
        }
        return ResponseEntity.noContent().build();
    }
}
