package dk.pejling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core's checks for WCAG 2.1 levels A and AA, run on the page as the browser shows it. */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    static List<Rule> violations(Page page) {
        // Only violations are reported back, and axe runs in the page itself (legacy mode) rather than
        // in partial runs finished on an extra page: the pages have no frames, and it is much faster.
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(options)
                .withTags(WCAG_21_AA)
                .setLegacyMode(true)
                .analyze();
        return results.getViolations();
    }

    static void assertNoViolations(Page page) {
        List<Rule> violations = violations(page);
        assertThat(violations)
                .as(() -> "WCAG 2.1 AA violations on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
    }

    /** One paragraph per rule, with the elements that break it, so a failure says what to fix. */
    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }

    private static String describe(CheckedNode node) {
        return "  " + node.getTarget() + "  " + node.getHtml() + "\n    " + node.getFailureSummary();
    }
}
