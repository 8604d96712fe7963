package dk.pejling.plan;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking at plans, as far as drafts and publication go. Planners and administrators see
 * every plan; readers (committee members, managers) and unit reporters see adopted and closed
 * plans but no drafts; the public sees only published plans that are not drafts. An account with
 * none of Pejling's roles sees what the public sees.
 */
public enum Viewer {
    EDITOR,
    MEMBER,
    PUBLIC;

    private static final Set<String> EDITORS = Set.of("ROLE_ADMIN", "ROLE_PLANNER");
    private static final Set<String> MEMBERS = Set.of("ROLE_READER", "ROLE_UNIT_REPORTER");

    /** The viewer of the current request (or task), from Spring Security's context. */
    public static Viewer current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Viewer of(@org.jspecify.annotations.Nullable Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return PUBLIC;
        }
        Viewer viewer = PUBLIC;
        for (GrantedAuthority a : authentication.getAuthorities()) {
            if (EDITORS.contains(a.getAuthority())) {
                return EDITOR;
            }
            if (MEMBERS.contains(a.getAuthority())) {
                viewer = MEMBER;
            }
        }
        return viewer;
    }

    /** Whether this viewer may know that a plan in this status, published or not, exists. */
    public boolean sees(PlanStatus status, boolean published) {
        return switch (this) {
            case EDITOR -> true;
            case MEMBER -> status != PlanStatus.DRAFT;
            case PUBLIC -> published && status != PlanStatus.DRAFT;
        };
    }
}
