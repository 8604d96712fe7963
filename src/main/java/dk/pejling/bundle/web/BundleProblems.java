package dk.pejling.bundle.web;

import dk.pejling.bundle.BundleError;
import dk.pejling.bundle.InvalidBundleException;
import dk.pejling.plan.PlanAlreadyExistsException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns a refused import into an RFC 9457 problem that lists every error with its path. */
@RestControllerAdvice(assignableTypes = {BundleApiController.class, PlanApiController.class})
class BundleProblems {

    @ExceptionHandler(InvalidBundleException.class)
    ProblemDetail invalid(InvalidBundleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The plan bundle has " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                        + "; nothing was imported.");
        problem.setType(URI.create("/problems/invalid-bundle"));
        problem.setTitle("Invalid plan bundle");
        List<Map<String, String>> errors = e.errors().stream()
                .map(BundleProblems::describe)
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A value the checks let through but a column cannot hold (a number or text too long for it):
     * the transaction is rolled back, so nothing was imported.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail notStorable(org.springframework.dao.DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The plan bundle has a value too long or too large to be stored; nothing was imported.");
        problem.setType(URI.create("/problems/invalid-bundle"));
        problem.setTitle("Invalid plan bundle");
        return problem;
    }

    @ExceptionHandler(PlanAlreadyExistsException.class)
    ProblemDetail exists(PlanAlreadyExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "A plan with id " + e.planId() + " exists already. Import again with ?replace=true to replace it.");
        problem.setType(URI.create("/problems/plan-exists"));
        problem.setTitle("Plan exists");
        problem.setProperty("planId", e.planId());
        return problem;
    }

    private static Map<String, String> describe(BundleError error) {
        return Map.of("path", error.path(), "message", error.message(), "text", error.rendered());
    }
}
