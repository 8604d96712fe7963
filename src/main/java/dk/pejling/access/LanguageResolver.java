package dk.pejling.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages: Danish unless the person chose English. A signed-in person's choice is
 * kept on the account (read once per session), an anonymous one's in a cookie. Committee documents
 * do not follow it: they are Danish documents.
 */
@Component("localeResolver")
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "pejling-sprog";
    static final Set<String> LANGUAGES = Set.of("da", "en");
    private static final String SESSION_KEY = LanguageResolver.class.getName() + ".language";
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final AccountService accounts;

    LanguageResolver(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.forLanguageTag(language(request).orElse("da"));
    }

    private Optional<String> language(HttpServletRequest request) {
        String user = signedIn();
        if (user != null) {
            Optional<String> chosen = accountLanguage(user, request);
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && LANGUAGES.contains(c.getValue())) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The language kept on the account, read once per session; an account without one (kept in the
     * session as none) leaves the choice to the cookie, on every call of the request.
     */
    private Optional<String> accountLanguage(String user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(SESSION_KEY);
        if (known instanceof String s && s.startsWith(user + "/")) {
            return Optional.of(s.substring(user.length() + 1)).filter(LANGUAGES::contains);
        }
        Optional<String> chosen = accounts.language(user).filter(LANGUAGES::contains);
        if (session != null) {
            session.setAttribute(SESSION_KEY, user + "/" + chosen.orElse(""));
        }
        return chosen;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        String language = locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : DANISH.getLanguage();
        String user = signedIn();
        if (user != null) {
            accounts.setLanguage(user, language);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SESSION_KEY, user + "/" + language);
            }
        }
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static @Nullable String signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth.getName();
    }
}
