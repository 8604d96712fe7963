package dk.pejling.report.web;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The units of the one asking, where that is a unit reporter and nothing more: such a person sees
 * plans trimmed to the initiatives their units run. Empty for everyone else.
 */
@Component
class ReporterScope {

    private final AccountService accounts;

    ReporterScope(AccountService accounts) {
        this.accounts = accounts;
    }

    Optional<Set<String>> units() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        boolean reporterOnly = roles.contains("ROLE_" + Role.UNIT_REPORTER.name())
                && !roles.contains("ROLE_" + Role.ADMIN.name())
                && !roles.contains("ROLE_" + Role.PLANNER.name())
                && !roles.contains("ROLE_" + Role.READER.name());
        return reporterOnly ? Optional.of(accounts.units(auth.getName())) : Optional.empty();
    }
}
