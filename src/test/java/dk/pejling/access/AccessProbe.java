package dk.pejling.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Asks one endpoint as one role and names the outcome as the access-rule table does. */
final class AccessProbe {

    /**
     * The accounts behind the table's roles; the two unit reporters are of different units. Names of
     * their own: other test classes share the database and sign in as "reader" and "planner" with
     * passwords of their own.
     */
    static final Map<String, String[]> ACCOUNTS = Map.of(
            "reader", new String[] {"rules-reader", Role.READER.name()},
            "reporter", new String[] {"reporter-own", Role.UNIT_REPORTER.name()},
            "reporter_other", new String[] {"reporter-other", Role.UNIT_REPORTER.name()},
            "planner", new String[] {"rules-planner", Role.PLANNER.name()},
            "admin", new String[] {"admin", Role.ADMIN.name()});

    private final MockMvc mvc;

    AccessProbe(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** What happened: the status, and the outcome the table would name (or 500 for a failure). */
    record Answer(int status, String outcome, String detail) {}

    Answer ask(String method, String uri, String role) {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri).with(csrf());
        String[] account = ACCOUNTS.get(role);
        if (account != null) {
            request = request.with(user(account[0]).roles(account[1]));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            return new Answer(500, "500", e.toString());
        }
        int status = response.getStatus();
        String location = response.getHeader("Location");
        String outcome;
        if (status >= 500) {
            outcome = "500";
        } else if (status == 401 || status == 403) {
            outcome = Integer.toString(status);
        } else if (status / 100 == 3 && location != null && location.matches(".*/login(\\?.*)?$")) {
            outcome = "login";
        } else {
            outcome = "ok";
        }
        String body;
        try {
            body = response.getContentAsString();
        } catch (Exception e) {
            body = "";
        }
        return new Answer(status, outcome, body.length() > 300 ? body.substring(0, 300) : body);
    }

    /** Whether the answer meets what the table expects. */
    static boolean meets(Answer answer, String expected) {
        if (answer.status() >= 500) {
            return false;
        }
        if (expected.equals("404")) {
            return answer.status() == 404;
        }
        return answer.outcome().equals(expected);
    }

    /** The row the table would need for what every role gets today. */
    Map<String, String> observe(AccessRules.Endpoint endpoint, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        for (String role : AccessRules.ROLES) {
            out.put(role, ask(method, endpoint.fill(values), role).outcome());
        }
        return out;
    }
}
