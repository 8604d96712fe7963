package dk.pejling.rounds.web;

import dk.pejling.rounds.EntryConflictException;
import dk.pejling.rounds.InvalidInputException;
import dk.pejling.rounds.NotFoundException;
import dk.pejling.rounds.OutOfScopeException;
import dk.pejling.rounds.RemarksMissingException;
import dk.pejling.rounds.RoundRuleException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused round command as an RFC 9457 problem; a conflict carries the entry as it stands and what changed. */
@RestControllerAdvice(assignableTypes = RoundApiController.class)
class RoundApiProblems {

    @ExceptionHandler(EntryConflictException.class)
    ProblemDetail conflict(EntryConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "entry-conflict", "Entry changed by someone else", e.getMessage());
        p.setProperty("basedOnVersion", e.basedOn());
        p.setProperty("currentVersion", e.current().version());
        p.setProperty("changedBy", e.current().changedBy());
        p.setProperty("changedAt", e.current().changedAt());
        p.setProperty("changes", e.changes());
        p.setProperty("current", e.current().values());
        return p;
    }

    @ExceptionHandler(RemarksMissingException.class)
    ProblemDetail remarks(RemarksMissingException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "remarks-missing", "Remarks missing", e.getMessage());
        p.setProperty("goals", e.goalIds());
        return p;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", e.getMessage());
    }

    @ExceptionHandler(RoundRuleException.class)
    ProblemDetail rule(RoundRuleException e) {
        return problem(HttpStatus.CONFLICT, "round-rule", "Refused by the rules of the round", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail bad(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(OutOfScopeException.class)
    ProblemDetail forbidden(OutOfScopeException e) {
        return problem(HttpStatus.FORBIDDEN, "out-of-scope", "Forbidden", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("/problems/" + type));
        p.setTitle(title);
        return p;
    }
}
