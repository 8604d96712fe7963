package dk.pejling.plan.web;

import dk.pejling.plan.DraftNotPublishableException;
import dk.pejling.plan.PublicationService;
import java.security.Principal;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The planner's buttons on a plan's page: publish the plan to the public, or withdraw it. */
@Controller
class PublicationPageController {

    private final PublicationService publications;
    private final MessageSourceAccessor texts;

    PublicationPageController(PublicationService publications, MessageSourceAccessor texts) {
        this.publications = publications;
        this.texts = texts;
    }

    @PostMapping("/plans/{planId}/publication")
    String publish(@PathVariable String planId, Principal principal, RedirectAttributes redirect) {
        try {
            if (!publications.publish(planId, principal.getName())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("message", texts.getMessage("plan.published"));
        } catch (DraftNotPublishableException e) {
            redirect.addFlashAttribute("problem", texts.getMessage("plan.publish.draft"));
        }
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/publication/withdrawal")
    String withdraw(@PathVariable String planId, Principal principal, RedirectAttributes redirect) {
        if (!publications.withdraw(planId, principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", texts.getMessage("plan.withdrawn"));
        return "redirect:/plans/" + planId;
    }
}
