package dk.pejling.rounds.web;

import dk.pejling.rounds.BulkEntryException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of bulk entry and reminders as problem details, as the other round calls answer them; a
 * results file with errors answers 422 with {@code errors}: each with row, column letter, column name
 * and message.
 */
@RestControllerAdvice(assignableTypes = {BulkApiController.class, ReminderApiController.class})
class BulkApiProblems extends RoundApiProblems {

    @ExceptionHandler(BulkEntryException.class)
    ProblemDetail rejected(BulkEntryException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setType(URI.create("/problems/results-file-rejected"));
        p.setTitle("Results file rejected");
        p.setProperty("errors", e.errors());
        return p;
    }
}
