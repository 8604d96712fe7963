package dk.pejling.finance.web;

import dk.pejling.plan.PlanAlreadyExistsException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused scenarios as RFC 9457 problems: 400 with what to change, 409 where the new plan's id is taken. */
@RestControllerAdvice(assignableTypes = FinanceApiController.class)
class ScenarioProblems {

    @ExceptionHandler(ScenarioException.class)
    ProblemDetail invalid(ScenarioException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        if (e.unknownInitiatives().isEmpty()) {
            problem.setType(URI.create("/problems/invalid-scenario"));
            problem.setTitle("Invalid scenario");
        } else {
            problem.setType(URI.create("/problems/unknown-initiatives"));
            problem.setTitle("Unknown initiatives");
            problem.setProperty("unknownInitiatives", e.unknownInitiatives());
        }
        return problem;
    }

    @ExceptionHandler(PlanAlreadyExistsException.class)
    ProblemDetail exists(PlanAlreadyExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "A plan with id " + e.planId() + " exists already; choose another planId.");
        problem.setType(URI.create("/problems/plan-exists"));
        problem.setTitle("Plan exists");
        problem.setProperty("planId", e.planId());
        return problem;
    }
}
