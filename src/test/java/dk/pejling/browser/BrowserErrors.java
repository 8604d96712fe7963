package dk.pejling.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What the browser complains about while a test runs: console errors (Chromium reports every
 * refused script, style or font there, and every failed load), uncaught script errors, and each
 * Content-Security-Policy violation, which a listener installed before any page script reports.
 */
final class BrowserErrors {

    /** Runs before the page's own scripts; the browser does not hold init scripts to the page's policy. */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', function (e) {
              console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline'));
            });
            """;

    private final List<String> errors = new CopyOnWriteArrayList<>();

    private BrowserErrors() {}

    static BrowserErrors watch(BrowserContext context) {
        BrowserErrors watch = new BrowserErrors();
        context.addInitScript(REPORT_CSP_VIOLATIONS);
        context.onConsoleMessage(message -> watch.console(message));
        context.onWebError(error -> watch.errors.add("uncaught: " + error.error()));
        return watch;
    }

    private void console(ConsoleMessage message) {
        if ("error".equals(message.type())) {
            errors.add(message.text() + " (" + message.location() + ")");
        }
    }

    List<String> all() {
        return List.copyOf(errors);
    }

    /** Forgets the errors a test expects, such as the browser's note that a page answered 403. */
    void forgetExpected(Predicate<String> expected) {
        errors.removeIf(expected);
    }
}
