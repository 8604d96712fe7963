package dk.pejling.history.web;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.history.PlanHistory;
import dk.pejling.history.PlanVersion;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanChange;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.IfMatch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Replacing a plan safely: {@code PUT /api/v1/plans/{id}/bundle} must name the revision it was
 * edited from in {@code If-Match} (the ETag of {@code GET …/bundle}); where someone else has
 * stored the plan since, nothing is written and the answer says what they changed. And the list
 * of a plan's versions.
 */
@RestController
class PlanEditApiController {

    private final PlanService plans;
    private final PlanHistory history;
    private final PlanBundleReader reader = new PlanBundleReader();

    PlanEditApiController(PlanService plans, PlanHistory history) {
        this.plans = plans;
        this.history = history;
    }

    @PutMapping(
            path = "/api/v1/plans/{planId}/bundle",
            consumes = {"application/json", "application/yaml", "application/x-yaml", "text/yaml"})
    ResponseEntity<Map<String, Object>> replace(
            @PathVariable String planId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestParam(required = false) @Nullable String reason,
            @RequestBody String body) {
        String expected = IfMatch.revision(ifMatch).orElseThrow(RevisionRequiredException::new);
        BundleFormat format = BundleFormat.fromMediaType(contentType)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
        Plan plan = reader.read(body, format);
        if (!plan.id().equals(planId)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The bundle holds plan " + plan.id() + ", not plan " + planId + " of the address; nothing was stored.");
        }
        if (!plans.exists(planId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no plan " + planId + "; import a new plan with POST /api/v1/bundles.");
        }
        PlanChange change = PlanChange.current(reason);
        String revision = expected.equals("*")
                ? plans.replace(plan, change)
                : plans.replace(plan, expected, change);
        return ResponseEntity.ok()
                .eTag("\"" + revision + "\"")
                .body(Map.of("id", planId, "revision", revision));
    }

    @GetMapping("/api/v1/plans/{planId}/versions")
    List<VersionView> versions(@PathVariable String planId) {
        List<PlanVersion> versions = history.versions(planId);
        if (versions.isEmpty() && !plans.exists(planId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + planId + ".");
        }
        return versions.stream().map(VersionView::of).toList();
    }

    /** One version as the API lists it. */
    record VersionView(
            int version,
            Instant storedAt,
            String storedBy,
            @Nullable String reason,
            boolean deleted,
            @Nullable String revision) {

        static VersionView of(PlanVersion v) {
            return new VersionView(v.versionNo(), v.storedAt(), v.storedBy(), v.reason(), v.deleted(), v.revision());
        }
    }

    /** A replace without {@code If-Match}: answered 428. */
    static class RevisionRequiredException extends RuntimeException {
        RevisionRequiredException() {
            super("If-Match required");
        }
    }
}
