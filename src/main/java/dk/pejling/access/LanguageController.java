package dk.pejling.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch on every page: remembers the choice and returns to the page it was made on. */
@Controller
class LanguageController {

    private final LocaleResolver languages;

    LanguageController(LocaleResolver languages) {
        this.languages = languages;
    }

    @PostMapping("/language")
    String choose(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        if (LanguageResolver.LANGUAGES.contains(lang)) {
            languages.setLocale(request, response, Locale.forLanguageTag(lang));
        }
        return "redirect:" + samePage(request.getHeader("Referer"));
    }

    /** Only a path of this site: the Referer's path and query, never another host. */
    private static String samePage(String referer) {
        if (referer == null) {
            return "/plans";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.equals("/language")) {
                return "/plans";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/plans";
        }
    }
}
