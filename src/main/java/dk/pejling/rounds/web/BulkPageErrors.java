package dk.pejling.rounds.web;

import org.springframework.web.bind.annotation.ControllerAdvice;

/** The bulk entry and reminder pages show the error page as the other round pages do: 404, or 403 where it is not yours. */
@ControllerAdvice(assignableTypes = BulkPageController.class)
class BulkPageErrors extends RoundPageErrors {}
