package dk.pejling.finance.web;

import dk.pejling.finance.InvalidBudgetException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused budget changes as RFC 9457 problems: 400 with every problem as {@code errors: [{field,
 * message}]} (the field is the line's index in the request, the message Danish and names the year),
 * 404 where the plan is unknown.
 */
@RestControllerAdvice(assignableTypes = BudgetApiController.class)
class BudgetProblems {

    @ExceptionHandler(InvalidBudgetException.class)
    ProblemDetail invalid(InvalidBudgetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nothing was changed: " + e.problems().size() + " line(s) cannot be stored; see errors.");
        problem.setType(URI.create("/problems/invalid-budget"));
        problem.setTitle("Invalid budget");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail unknownPlan(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
