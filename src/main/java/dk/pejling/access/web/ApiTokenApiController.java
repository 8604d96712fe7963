package dk.pejling.access.web;

import dk.pejling.access.ApiTokenService;
import dk.pejling.access.ApiTokenService.IssuedToken;
import dk.pejling.access.ApiTokenService.InvalidTokenRequest;
import dk.pejling.access.ApiTokenService.TokenSummary;
import dk.pejling.access.Role;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** API tokens over the API, for administrators: issue (the secret is in this one answer only), list, revoke. */
@RestController
class ApiTokenApiController {

    private final ApiTokenService tokens;

    ApiTokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** {@code owner} defaults to the administrator who asks; {@code role} to the reader role. */
    record TokenRequest(@Nullable String name, @Nullable String role, @Nullable String owner) {}

    @PostMapping("/api/v1/api-tokens")
    ResponseEntity<IssuedToken> issue(@RequestBody TokenRequest request, Principal principal) {
        Role role = role(request.role());
        String owner = request.owner() == null || request.owner().isBlank() ? principal.getName() : request.owner();
        try {
            IssuedToken issued = tokens.issue(request.name() == null ? "" : request.name(), role, owner, principal.getName());
            return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + issued.id())).body(issued);
        } catch (InvalidTokenRequest e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.field() + ": " + e.getMessage());
        }
    }

    @GetMapping("/api/v1/api-tokens")
    List<TokenSummary> list() {
        return tokens.all();
    }

    @GetMapping("/api/v1/api-tokens/{id}")
    TokenSummary one(@PathVariable long id) {
        return tokens.find(id).orElseThrow(() -> noSuchToken(id));
    }

    @DeleteMapping("/api/v1/api-tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!tokens.revoke(id)) {
            throw noSuchToken(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseStatusException noSuchToken(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no API token " + id + ".");
    }

    private static Role role(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Role.READER;
        }
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(name.strip()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "role: '" + name + "' is not one of " + Arrays.toString(Role.values()) + "."));
    }
}
