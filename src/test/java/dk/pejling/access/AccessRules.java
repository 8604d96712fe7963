package dk.pejling.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The table of who may do what ({@code access-rules.csv}) and the application's endpoints as
 * Spring maps them. Every endpoint must have a row, and every row an endpoint; the outcome per
 * role is one of {@code ok} (allowed: anything but 401, 403 or a redirect to the login page),
 * {@code 401}, {@code 403}, {@code 404} or {@code login}.
 */
final class AccessRules {

    static final String FILE = "access-rules.csv";
    /** The columns of the table after method and path, in order. */
    static final List<String> ROLES = List.of("public", "reader", "reporter", "reporter_other", "planner", "admin");
    static final Set<String> OUTCOMES = Set.of("ok", "401", "403", "404", "login");
    /** A mapping without a method answers every one; its row says ANY and is checked with each of these. */
    static final List<String> ANY_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            int c = path.compareTo(o.path);
            return c != 0 ? c : method.compareTo(o.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        List<String> variables() {
            List<String> out = new ArrayList<>();
            Matcher m = VARIABLE.matcher(path);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }

        String fill(Map<String, String> values) {
            Matcher m = VARIABLE.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "x")));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    record Rule(Endpoint endpoint, Map<String, String> expected, int line) {}

    private AccessRules() {}

    static List<Rule> load() {
        try {
            return parse(new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*,\\s*");
            if (cells.length != 2 + ROLES.size()) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": expected method, path and "
                        + ROLES.size() + " outcomes (" + String.join(", ", ROLES) + "), found " + cells.length + " cells");
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int r = 0; r < ROLES.size(); r++) {
                String outcome = cells[2 + r];
                if (!OUTCOMES.contains(outcome)) {
                    throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": " + ROLES.get(r) + " has outcome \""
                            + outcome + "\"; use one of " + new TreeSet<>(OUTCOMES));
                }
                expected.put(ROLES.get(r), outcome);
            }
            rules.add(new Rule(new Endpoint(cells[0], cells[1]), expected, i + 1));
        }
        return rules;
    }

    /** Every method and path pattern the application's controllers answer, as the table names them. */
    static Set<Endpoint> discover(RequestMappingHandlerMapping mapping) {
        Set<Endpoint> out = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add(new Endpoint("ANY", path));
                } else {
                    methods.forEach(m -> out.add(new Endpoint(m.name(), path)));
                }
            }
        }
        return out;
    }

    /** What is wrong between the table and the application: endpoints without a row, rows without an endpoint. */
    static List<String> mismatches(Set<Endpoint> endpoints, List<Rule> rules, Map<Endpoint, String> observedRows) {
        Set<Endpoint> ruled = new TreeSet<>();
        List<String> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (!ruled.add(rule.endpoint())) {
                out.add(FILE + " line " + rule.line() + ": " + rule.endpoint() + " has a row already");
            }
            if (!endpoints.contains(rule.endpoint())) {
                out.add(FILE + " line " + rule.line() + ": no endpoint " + rule.endpoint()
                        + " exists any more; remove the row or correct its method or path");
            }
        }
        for (Endpoint e : endpoints) {
            if (!ruled.contains(e)) {
                out.add("No access rule for " + e + ". Add this row to src/test/resources/" + FILE
                        + " (the outcomes are what each role gets today; check them before you commit):\n    "
                        + observedRows.getOrDefault(e, e.method() + "," + e.path() + ",?,?,?,?,?,?"));
            }
        }
        return out;
    }

    static String row(Endpoint e, Map<String, String> outcomes) {
        StringBuilder out = new StringBuilder(e.method()).append(',').append(e.path());
        for (String role : ROLES) {
            out.append(',').append(outcomes.getOrDefault(role, "?"));
        }
        return out.toString();
    }
}
