package dk.pejling.access.web;

import dk.pejling.access.AccountService;
import dk.pejling.access.Authorities;
import dk.pejling.access.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** One's own account: who one is signed in as, with which role and units, and "log ud overalt". */
@Controller
class AccountPageController {

    private final AccountService accounts;

    AccountPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String page(Authentication authentication, Model model) {
        model.addAttribute("username", authentication.getName());
        // The page names the role in its language (role.*); none where the account has none.
        model.addAttribute("role", Authorities.role(authentication).map(Role::name).orElse(null));
        List<String> units = List.copyOf(Authorities.units(authentication));
        model.addAttribute("units", units);
        model.addAttribute("unitReporter", Authorities.role(authentication).filter(Role.UNIT_REPORTER::equals).isPresent());
        return "access/account";
    }

    /** Ends every session of the account, this one included, on every device. */
    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(Authentication authentication, HttpServletRequest request) {
        accounts.signOutEverywhere(authentication.getName());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?ended";
    }
}
