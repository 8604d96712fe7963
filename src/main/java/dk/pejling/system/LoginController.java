package dk.pejling.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's post. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
