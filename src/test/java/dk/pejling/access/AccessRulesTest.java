package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.PublicationService;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, found in Spring's own mapping (pages, fragments, API,
 * downloads, every method), asked by every role, answers as {@code access-rules.csv} says; none
 * answers 500. A plan readers or the public may not see is answered as absent, on every address
 * that names a plan.
 */
@PejlingTest
@AutoConfigureMockMvc
class AccessRulesTest {

    /** Adopted, published, with initiatives run by units. */
    static final String PLAN = "kk-jobkonsulentpulje-2007";
    /** Adopted, not published. */
    static final String UNPUBLISHED = "kk-integrationshandleplan-2019-22";
    /** A draft (the demo catalogue is one). */
    static final String DRAFT = "kk-bruttokatalog-integrationshandleplan-2019-22";
    /** An initiative of {@link #PLAN} run by the unit of reporter-own, not of reporter-other. */
    static final String INITIATIVE = "b4";
    static final String OWN_UNIT = "jc-musvaagevej";
    static final String OTHER_UNIT = "ckb";

    /**
     * The value each path variable is given. A variable not named here is given "x"; name it here
     * when "x" would not reach the code behind the endpoint.
     */
    static final Map<String, String> VALUES = Map.of(
            "planId", PLAN,
            "catalogueId", DRAFT,
            "initiativeId", INITIATIVE,
            "grantId", "jobkonsulentpulje",
            "extension", "yaml",
            "type", "status",
            "format", "html");

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PublicationService publications;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @BeforeEach
    void installation() throws IOException {
        plans();
        for (String[] a : new String[][] {{"rules-reader", "READER", ""}, {"reporter-own", "UNIT_REPORTER", OWN_UNIT},
            {"reporter-other", "UNIT_REPORTER", OTHER_UNIT}, {"rules-planner", "PLANNER", ""}}) {
            if (!accounts.exists(a[0])) {
                accounts.create(a[0], a[0], "password-" + a[0], Role.valueOf(a[1]));
                if (!a[2].isEmpty()) {
                    jdbc.sql("insert into account_unit (account_id, unit_id) select id, :unit from account where username = :u")
                            .param("unit", a[2])
                            .param("u", a[0])
                            .update();
                }
            }
        }
    }

    /** The plans as the test starts: again after any request that may have changed them. */
    void plans() throws IOException {
        for (String id : new String[] {PLAN, UNPUBLISHED, DRAFT}) {
            importer.importBundle(
                    new ClassPathResource("demo/" + id + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                    BundleFormat.YAML,
                    true);
        }
        publications.publish(PLAN, "rules-planner");
        // A publication outlives a replace of the plan, and other tests in this context may publish.
        publications.withdraw(UNPUBLISHED, "rules-planner");
    }

    @Test
    void everyEndpointHasARowAndEveryRoleGetsWhatItSays(TestReporter report) throws IOException {
        Set<AccessRules.Endpoint> endpoints = AccessRules.discover(mapping);
        List<AccessRules.Rule> rules = AccessRules.load();
        AccessProbe probe = new AccessProbe(mvc);
        Map<AccessRules.Endpoint, String> observed = new HashMap<>();
        Set<AccessRules.Endpoint> ruled = new java.util.HashSet<>();
        rules.forEach(r -> ruled.add(r.endpoint()));
        for (AccessRules.Endpoint e : endpoints) {
            if (!ruled.contains(e)) {
                observed.put(e, AccessRules.row(e, probe.observe(e, VALUES)));
                plans();
            }
        }
        List<String> problems = new ArrayList<>(AccessRules.mismatches(endpoints, rules, observed));
        int requests = 0;
        for (AccessRules.Rule rule : rules) {
            if (!endpoints.contains(rule.endpoint())) {
                continue;
            }
            List<String> methods = rule.endpoint().method().equals("ANY")
                    ? AccessRules.ANY_METHODS
                    : List.of(rule.endpoint().method());
            String uri = rule.endpoint().fill(VALUES);
            for (String method : methods) {
                for (String role : AccessRules.ROLES) {
                    AccessProbe.Answer answer = probe.ask(method, uri, role);
                    requests++;
                    String expected = rule.expected().get(role);
                    if (!AccessProbe.meets(answer, expected)) {
                        problems.add(AccessRules.FILE + " line " + rule.line() + ": " + method + " " + uri + " as " + role
                                + " should be " + expected + " but was " + answer.status() + " (" + answer.outcome() + ") "
                                + answer.detail());
                    }
                    if (!method.equals("GET") && answer.status() < 400) {
                        plans();
                    }
                }
            }
        }
        report.publishEntry("access rules", rules.size() + " rows, " + endpoints.size() + " endpoints, " + requests
                + " requests, " + problems.size() + " problems");
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aPlanThatIsNotVisibleIsAbsentOnEveryAddressThatNamesIt(TestReporter report) {
        AccessProbe probe = new AccessProbe(mvc);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (AccessRules.Rule rule : AccessRules.load()) {
            AccessRules.Endpoint e = rule.endpoint();
            List<String> variables = e.variables();
            boolean namesPlan = variables.contains("planId") || variables.contains("catalogueId");
            if (!namesPlan || !(e.method().equals("GET") || e.method().equals("ANY"))) {
                continue;
            }
            // a draft: hidden from readers, unit reporters and the public
            for (String role : List.of("public", "reader", "reporter", "reporter_other")) {
                checked += check(probe, rule, role, DRAFT, problems);
            }
            // adopted but not published: hidden from the public
            checked += check(probe, rule, "public", UNPUBLISHED, problems);
        }
        report.publishEntry("hidden plans", checked + " requests, " + problems.size() + " problems");
        assertThat(checked).isPositive();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private int check(AccessProbe probe, AccessRules.Rule rule, String role, String hidden, List<String> problems) {
        if (!rule.expected().get(role).equals("ok")) {
            return 0;
        }
        Map<String, String> values = new HashMap<>(VALUES);
        values.put("planId", hidden);
        values.put("catalogueId", hidden);
        String uri = rule.endpoint().fill(values);
        AccessProbe.Answer answer = probe.ask("GET", uri, role);
        if (answer.status() != 404) {
            problems.add("GET " + uri + " as " + role + " should be 404 (the plan is hidden from " + role + ") but was "
                    + answer.status());
        }
        return 1;
    }
}
