package dk.pejling.access.web;

import dk.pejling.access.AccountService;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator ends every session of a user, say after a lost laptop or a changed job. */
@Controller
class SessionsPageController {

    private final AccountService accounts;
    private final MessageSourceAccessor texts;

    SessionsPageController(AccountService accounts, MessageSourceAccessor texts) {
        this.accounts = accounts;
        this.texts = texts;
    }

    @GetMapping("/admin/sessions")
    String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "access/sessions";
    }

    /** The user name travels in the form, not the path, since a name from an identity provider may hold any character. */
    @PostMapping("/admin/sessions/end")
    String end(@RequestParam String username, RedirectAttributes redirect) {
        if (!accounts.signOutEverywhere(username)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", texts.getMessage("sessions.ended", new Object[] {username}));
        return "redirect:/admin/sessions";
    }
}
