package dk.pejling.access.web;

import dk.pejling.access.AccountService;
import dk.pejling.access.ApiTokenService;
import dk.pejling.access.ApiTokenService.IssuedToken;
import dk.pejling.access.ApiTokenService.InvalidTokenRequest;
import dk.pejling.access.Role;
import dk.pejling.shared.PageFormat;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
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
    private final MessageSourceAccessor texts;

    ApiTokenPageController(ApiTokenService tokens, AccountService accounts, MessageSourceAccessor texts) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.texts = texts;
    }

    /** A token as a row of the page's table: its role by name (the page says it as role.*), its moments as written. */
    record TokenRow(long id, String name, String role, String owner, String createdBy, String created,
            @Nullable String lastUsed, boolean revoked, String revokedAt) {}

    @GetMapping("/admin/api-tokens")
    String page(Model model, Principal principal, Locale locale) {
        fill(model, principal.getName(), "", Role.READER.name(), locale);
        return "access/api-tokens";
    }

    @PostMapping("/admin/api-tokens")
    String issue(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String owner,
            Model model,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<Role> chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
        if (chosen.isEmpty()) {
            return refuse(model, principal, name, role, owner, "role", texts.getMessage("tokens.error.role"), locale);
        }
        try {
            IssuedToken issued = tokens.issue(name, chosen.get(), owner, principal.getName());
            redirect.addFlashAttribute("issued", issued);
            return "redirect:/admin/api-tokens";
        } catch (InvalidTokenRequest e) {
            String message = texts.getMessage("name".equals(e.field()) ? "tokens.error.name" : "tokens.error.owner");
            return refuse(model, principal, name, role, owner, e.field(), message, locale);
        }
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        String name = tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).name();
        tokens.revoke(id);
        redirect.addFlashAttribute("message", texts.getMessage("tokens.revoked", new Object[] {name}));
        return "redirect:/admin/api-tokens";
    }

    private String refuse(Model model, Principal principal, String name, String role, String owner, String field,
            String message, Locale locale) {
        fill(model, owner.isBlank() ? principal.getName() : owner, name, role, locale);
        model.addAttribute("problemField", field);
        model.addAttribute("problem", message);
        return "access/api-tokens";
    }

    private void fill(Model model, String owner, String name, String role, Locale locale) {
        List<TokenRow> rows = tokens.all().stream()
                .map(t -> new TokenRow(
                        t.id(),
                        t.name(),
                        t.role().name(),
                        t.owner(),
                        t.createdBy(),
                        moment(t.createdAt(), locale),
                        t.lastUsedAt() == null ? null : moment(t.lastUsedAt(), locale),
                        t.revoked(),
                        t.revokedAt() == null ? "" : moment(t.revokedAt(), locale)))
                .toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("formName", name);
        model.addAttribute("formRole", role);
        model.addAttribute("formOwner", owner);
    }

    /** "3. marts 2025 kl. 14.05" in Danish time, or "3 March 2025 at 14:05". */
    private static String moment(OffsetDateTime at, Locale locale) {
        return PageFormat.moment(at.toInstant(), locale);
    }
}
