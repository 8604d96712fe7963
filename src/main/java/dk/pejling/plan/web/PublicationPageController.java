package dk.pejling.plan.web;

import dk.pejling.plan.DraftNotPublishableException;
import dk.pejling.plan.PublicationService;
import java.security.Principal;
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

    PublicationPageController(PublicationService publications) {
        this.publications = publications;
    }

    @PostMapping("/plans/{planId}/publication")
    String publish(@PathVariable String planId, Principal principal, RedirectAttributes redirect) {
        try {
            if (!publications.publish(planId, principal.getName())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("message", "Planen er offentliggjort. Alle kan nu læse den under Offentlige planer.");
        } catch (DraftNotPublishableException e) {
            redirect.addFlashAttribute("problem", "Planen er en kladde og kan ikke offentliggøres. Vedtag den først.");
        }
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/publication/withdrawal")
    String withdraw(@PathVariable String planId, Principal principal, RedirectAttributes redirect) {
        if (!publications.withdraw(planId, principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "Planen er trukket tilbage og er ikke længere offentlig.");
        return "redirect:/plans/" + planId;
    }
}
