package dk.pejling.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploads that cannot be read: too large (413) or not a multipart form at all (400). Spring leaves
 * both as a 500; the API answers a problem, a page the error page with the reason in the page's language.
 */
@ControllerAdvice
class RequestProblems {

    private final MessageSourceAccessor texts;

    RequestProblems(MessageSourceAccessor texts) {
        this.texts = texts;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "/problems/too-large",
                "The upload is larger than this installation accepts.",
                "error.reason.tooLarge");
    }

    @ExceptionHandler(MultipartException.class)
    Object notMultipart(HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "/problems/not-an-upload",
                "Send the file as multipart/form-data.",
                "error.reason.notAnUpload");
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String type, String detail, String reasonKey) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create(type));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("reason", texts.getMessage(reasonKey));
        return page;
    }
}
