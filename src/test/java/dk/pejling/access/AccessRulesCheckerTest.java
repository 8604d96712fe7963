package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.testing.PejlingTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The test of the access rules catches what it must: an endpoint someone adds without a row in the
 * table is named, with the row to add; a row for an endpoint that is gone is named too.
 */
@PejlingTest
@AutoConfigureMockMvc
@Import(AccessRulesCheckerTest.Extra.class)
class AccessRulesCheckerTest {

    @TestConfiguration
    @RestController
    static class Extra {
        @GetMapping("/api/v1/plans/{planId}/unruled")
        String unruled(@PathVariable String planId) {
            return planId;
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    MockMvc mvc;

    @Test
    void anEndpointWithoutARowIsNamedWithTheRowToAdd() {
        Set<AccessRules.Endpoint> endpoints = AccessRules.discover(mapping);
        AccessRules.Endpoint extra = new AccessRules.Endpoint("GET", "/api/v1/plans/{planId}/unruled");
        assertThat(endpoints).contains(extra);
        String observed = AccessRules.row(extra, new AccessProbe(mvc).observe(extra, AccessRulesTest.VALUES));

        List<String> problems = AccessRules.mismatches(endpoints, AccessRules.load(), Map.of(extra, observed));

        assertThat(problems).containsExactly("No access rule for GET /api/v1/plans/{planId}/unruled. Add this row to"
                + " src/test/resources/access-rules.csv (the outcomes are what each role gets today; check them before"
                + " you commit):\n    GET,/api/v1/plans/{planId}/unruled,401,ok,ok,ok,ok,ok");
    }

    @Test
    void aRowWithoutAnEndpointIsNamed() {
        List<AccessRules.Rule> rules = AccessRules.parse("GET,/gone,login,ok,ok,ok,ok,ok\n");
        assertThat(AccessRules.mismatches(Set.of(), rules, Map.of()))
                .containsExactly("access-rules.csv line 1: no endpoint GET /gone exists any more; remove the row or"
                        + " correct its method or path");
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        assertThatThrownBy(() -> AccessRules.parse("GET,/plans,maybe,ok,ok,ok,ok,ok\n"))
                .hasMessageContaining("public has outcome \"maybe\"");
    }
}
