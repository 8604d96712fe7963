package dk.pejling.access.web;

import dk.pejling.access.SignInOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's post and the identity provider's answer. */
@Controller
class LoginController {

    private final SignInOptions options;

    LoginController(SignInOptions options) {
        this.options = options;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) @Nullable String throttled, Model model) {
        // The minutes to wait come back in the address; only a small whole number is shown.
        if (throttled != null && throttled.matches("\\d{1,4}")) {
            model.addAttribute("throttledMinutes", Integer.parseInt(throttled));
        }
        options.identityProvider().ifPresent(name -> {
            model.addAttribute("identityProvider", name);
            model.addAttribute("identityProviderPath", options.identityProviderPath());
        });
        return "login";
    }
}
