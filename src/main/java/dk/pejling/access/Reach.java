package dk.pejling.access;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the one asking may reach, for the menu every page shows ({@code @reach.current()} in the
 * layout). Worked out once per page: asking Spring Security's expressions once per menu link cost a
 * tenth of a dashboard request. Only the menu uses it; the access rules themselves are in
 * {@link SecurityConfiguration}, and a link shown here is still refused there if the rules say so.
 */
@Component("reach")
public class Reach {

    /** Signed in or not, and the name and roles' reach of the one signed in. */
    public record Of(boolean signedIn, String name, boolean reads, boolean plans, boolean administers) {}

    private static final Of ANONYMOUS = new Of(false, "", false, false, false);

    public Of current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean administers = authorities.contains(Role.ADMIN.authority());
        boolean plans = administers || authorities.contains(Role.PLANNER.authority());
        boolean reads = plans || authorities.contains(Role.READER.authority());
        return new Of(true, authentication.getName(), reads, plans, administers);
    }
}
