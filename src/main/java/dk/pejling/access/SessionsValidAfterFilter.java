package dk.pejling.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session that began before its account's "sessions valid after" time (set by "log ud
 * overalt"), or whose account was disabled, on the session's next request. The session
 * remembers when it was signed in at its first request after sign-in.
 */
class SessionsValidAfterFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionsValidAfterFilter.class.getName() + ".signedInAt";

    private final AccountService accounts;

    SessionsValidAfterFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Static files reveal nothing; checking the database for each of them would only cost.
        return path.startsWith("/vendor/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Object stamped = session.getAttribute(SIGNED_IN_AT);
            Optional<AccountService.SessionState> state = accounts.sessionState(authentication.getName());
            // A principal without an account (none is made so outside tests) is left to the access rules.
            boolean ended = state.isPresent()
                    && (!state.get().enabled()
                    || (stamped instanceof Instant signedInAt
                            && state.get().sessionsValidAfter() != null
                            && signedInAt.isBefore(state.get().sessionsValidAfter())));
            if (ended) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            if (stamped == null) {
                session.setAttribute(SIGNED_IN_AT, accounts.now());
            }
        }
        chain.doFilter(request, response);
    }
}
