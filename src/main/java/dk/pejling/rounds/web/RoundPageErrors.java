package dk.pejling.rounds.web;

import dk.pejling.rounds.NotFoundException;
import dk.pejling.rounds.OutOfScopeException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A round, report or initiative out of reach shows the error page: 404 where it is not there, 403 where it is not yours. */
@ControllerAdvice(assignableTypes = RoundPageController.class)
class RoundPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(404, response);
    }

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView forbidden(OutOfScopeException e, HttpServletResponse response) {
        return page(403, response);
    }

    private static ModelAndView page(int status, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", status);
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mv;
    }
}
