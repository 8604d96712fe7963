package dk.pejling.rounds.web;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.rounds.Actor;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person as the rounds see them: name, role and, for a unit reporter, the units. */
@Component
class Actors {

    private final AccountService accounts;

    Actors(AccountService accounts) {
        this.accounts = accounts;
    }

    Actor of(Authentication authentication) {
        Role role = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .flatMap(a -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(a)))
                .findFirst()
                .orElse(Role.READER);
        String name = authentication.getName();
        return new Actor(name, role, role == Role.UNIT_REPORTER ? accounts.units(name) : java.util.Set.of());
    }
}
