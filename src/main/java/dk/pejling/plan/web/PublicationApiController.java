package dk.pejling.plan.web;

import dk.pejling.plan.DraftNotPublishableException;
import dk.pejling.plan.Publication;
import dk.pejling.plan.PublicationService;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A plan's publication over the API: {@code POST} publishes it to the public, {@code DELETE}
 * withdraws it, {@code GET} tells whether, since when and by whom it is published.
 */
@RestController
class PublicationApiController {

    private final PublicationService publications;

    PublicationApiController(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping("/api/v1/plans/{planId}/publication")
    Map<String, Object> publication(@PathVariable String planId) {
        return view(planId);
    }

    @PostMapping("/api/v1/plans/{planId}/publication")
    Map<String, Object> publish(@PathVariable String planId, Principal principal) {
        if (!publications.publish(planId, principal.getName())) {
            throw notFound(planId);
        }
        return view(planId);
    }

    @DeleteMapping("/api/v1/plans/{planId}/publication")
    Map<String, Object> withdraw(@PathVariable String planId, Principal principal) {
        if (!publications.withdraw(planId, principal.getName())) {
            throw notFound(planId);
        }
        return view(planId);
    }

    @ExceptionHandler(DraftNotPublishableException.class)
    ProblemDetail draft(DraftNotPublishableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/draft-not-publishable"));
        problem.setTitle("Draft cannot be published");
        problem.setProperty("planId", e.planId());
        return problem;
    }

    private Map<String, Object> view(String planId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", planId);
        Publication p = publications.publication(planId).orElse(null);
        out.put("published", p != null && p.published());
        if (p != null) {
            out.put("publishedAt", p.publishedAt().toString());
            out.put("publishedBy", p.publishedBy());
            if (p.withdrawnAt() != null) {
                out.put("withdrawnAt", p.withdrawnAt().toString());
                out.put("withdrawnBy", p.withdrawnBy());
            }
        }
        return out;
    }

    private static ResponseStatusException notFound(String planId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + planId + ".");
    }

}
