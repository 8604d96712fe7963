package dk.pejling.history.web;

import dk.pejling.bundle.BundleError;
import dk.pejling.bundle.InvalidBundleException;
import dk.pejling.history.PlanHistory;
import dk.pejling.history.PlanVersion;
import dk.pejling.plan.PlanChangedConcurrentlyException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals of a replace as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = PlanEditApiController.class)
class PlanEditProblems {

    private final PlanHistory history;
    private final ChangesSince changes;

    PlanEditProblems(PlanHistory history, ChangesSince changes) {
        this.history = history;
        this.changes = changes;
    }

    @ExceptionHandler(PlanEditApiController.RevisionRequiredException.class)
    ProblemDetail revisionRequired() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PRECONDITION_REQUIRED,
                "Name the revision you edited in If-Match: the ETag of GET /api/v1/plans/{id}/bundle. Nothing was stored.");
        problem.setType(URI.create("/problems/revision-required"));
        problem.setTitle("Revision required");
        return problem;
    }

    @ExceptionHandler(PlanChangedConcurrentlyException.class)
    ProblemDetail changed(PlanChangedConcurrentlyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                e.currentRevision() == null
                        ? "Plan " + e.planId() + " has been deleted since revision " + e.expectedRevision() + "; nothing was stored."
                        : "Plan " + e.planId() + " has been changed by someone else since revision " + e.expectedRevision()
                                + "; nothing was stored. Fetch it again, apply your change and send it with the new revision.");
        problem.setType(URI.create("/problems/plan-changed"));
        problem.setTitle("Plan changed");
        problem.setProperty("planId", e.planId());
        problem.setProperty("expectedRevision", e.expectedRevision());
        problem.setProperty("currentRevision", e.currentRevision());
        Optional<Instant> since = history.versionAt(e.planId(), e.expectedRevision()).map(PlanVersion::storedAt);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PlanVersion v : history.versions(e.planId())) {
            if (since.isEmpty() || v.storedAt().isAfter(since.get())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("version", v.versionNo());
                row.put("storedAt", v.storedAt().toString());
                row.put("storedBy", v.storedBy());
                row.put("reason", v.reason());
                row.put("deleted", v.deleted());
                versions.add(row);
            }
        }
        problem.setProperty("versionsSince", versions);
        problem.setProperty("changesSince", changes.since(e.planId(), since.orElse(null)));
        return problem;
    }

    @ExceptionHandler(InvalidBundleException.class)
    ProblemDetail invalid(InvalidBundleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The plan bundle has " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                        + "; nothing was stored.");
        problem.setType(URI.create("/problems/invalid-bundle"));
        problem.setTitle("Invalid plan bundle");
        problem.setProperty("errors", e.errors().stream().map(PlanEditProblems::describe).toList());
        return problem;
    }

    private static Map<String, String> describe(BundleError error) {
        return Map.of("path", error.path(), "message", error.message(), "text", error.rendered());
    }
}
