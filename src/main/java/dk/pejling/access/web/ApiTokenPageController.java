package dk.pejling.access.web;

import dk.pejling.access.AccountService;
import dk.pejling.access.ApiTokenService;
import dk.pejling.access.ApiTokenService.IssuedToken;
import dk.pejling.access.ApiTokenService.InvalidTokenRequest;
import dk.pejling.access.Role;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of API tokens: issue one (its secret is shown on the next page only),
 * see who holds which and when it was last used, and revoke.
 */
@Controller
class ApiTokenPageController {

    private final ApiTokenService tokens;
    private final AccountService accounts;

    ApiTokenPageController(ApiTokenService tokens, AccountService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** A token as a row of the page's table. */
    record TokenRow(long id, String name, String role, String owner, String createdBy, String created, String lastUsed,
            boolean revoked, String revokedAt) {}

    @GetMapping("/admin/api-tokens")
    String page(Model model, Principal principal) {
        fill(model, principal.getName(), "", Role.READER.name());
        return "access/api-tokens";
    }

    @PostMapping("/admin/api-tokens")
    String issue(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String owner,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        Optional<Role> chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
        if (chosen.isEmpty()) {
            return refuse(model, principal, name, role, owner, "role", "Vælg en rolle til nøglen.");
        }
        try {
            IssuedToken issued = tokens.issue(name, chosen.get(), owner, principal.getName());
            redirect.addFlashAttribute("issued", issued);
            return "redirect:/admin/api-tokens";
        } catch (InvalidTokenRequest e) {
            String message = "name".equals(e.field())
                    ? "Giv nøglen et navn på 1 til 100 tegn, så den kan kendes igen."
                    : "Vælg en bruger, som nøglen skal høre til.";
            return refuse(model, principal, name, role, owner, e.field(), message);
        }
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        String name = tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).name();
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "Nøglen »" + name + "« er tilbagekaldt og virker ikke længere.");
        return "redirect:/admin/api-tokens";
    }

    private String refuse(Model model, Principal principal, String name, String role, String owner, String field,
            String message) {
        fill(model, owner.isBlank() ? principal.getName() : owner, name, role);
        model.addAttribute("problemField", field);
        model.addAttribute("problem", message);
        return "access/api-tokens";
    }

    private void fill(Model model, String owner, String name, String role) {
        List<TokenRow> rows = tokens.all().stream()
                .map(t -> new TokenRow(
                        t.id(),
                        t.name(),
                        RoleNames.of(t.role()),
                        t.owner(),
                        t.createdBy(),
                        Moments.of(t.createdAt(), ""),
                        Moments.of(t.lastUsedAt(), "aldrig"),
                        t.revoked(),
                        Moments.of(t.revokedAt(), "")))
                .toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", RoleNames.all());
        model.addAttribute("formName", name);
        model.addAttribute("formRole", role);
        model.addAttribute("formOwner", owner);
    }
}
