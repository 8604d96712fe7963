package dk.pejling.access;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.testing.PejlingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is throttled per user name and per client address, on the sign-in form and on
 * the API's HTTP Basic alike; the failures live in the database. Each test uses its own user
 * names and client address, since the context (and its database) is shared.
 */
@PejlingTest(
        properties = {
            "pejling.security.sign-in.max-failures-per-user=3",
            "pejling.security.sign-in.max-failures-per-address=6",
            "pejling.security.sign-in.window=15m"
        })
@AutoConfigureMockMvc
class SignInThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletRequestBuilder form(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    @Test
    void refusesEvenTheRightPasswordAfterThreeWrongOnesForAUserWithADanishMessage() throws Exception {
        accounts.create("throttled-form", "Bruger", "right-password", Role.READER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(form("throttled-form", "wrong", "10.0.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(form("throttled-form", "right-password", "10.0.0.1")).andExpect(redirectedUrl("/login?throttled=15"));
        // From another address too: the user name itself is throttled.
        mvc.perform(form("throttled-form", "right-password", "10.0.0.2")).andExpect(redirectedUrl("/login?throttled=15"));

        mvc.perform(get("/login").param("throttled", "15"))
                .andExpect(content().string(containsString(
                        "For mange forkerte forsøg på at logge ind. Vent 15 minutter, og prøv igen.")));
    }

    @Test
    void aRightPasswordBeforeTheLimitClearsTheCount() throws Exception {
        accounts.create("forgetful", "Bruger", "right-password", Role.READER);
        for (int round = 0; round < 2; round++) {
            mvc.perform(form("forgetful", "wrong", "10.0.1.1")).andExpect(redirectedUrl("/login?error"));
            mvc.perform(form("forgetful", "wrong", "10.0.1.1")).andExpect(redirectedUrl("/login?error"));
            mvc.perform(form("forgetful", "right-password", "10.0.1.1")).andExpect(redirectedUrl("/plans"));
        }
    }

    @Test
    void throttlesAnAddressThatTriesManyUserNames() throws Exception {
        accounts.create("victim", "Bruger", "right-password", Role.READER);
        for (int i = 0; i < 6; i++) {
            mvc.perform(form("guess-" + i, "wrong", "10.0.2.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(form("victim", "right-password", "10.0.2.1")).andExpect(redirectedUrl("/login?throttled=15"));
        // The same user from elsewhere is not held back.
        mvc.perform(form("victim", "right-password", "10.0.2.2")).andExpect(redirectedUrl("/plans"));
    }

    @Test
    void answersTheApiWith429ProblemDetailsAndRetryAfter() throws Exception {
        accounts.create("throttled-api", "Bruger", "right-password", Role.READER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/plans").with(httpBasic("throttled-api", "wrong")).with(from("10.0.3.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/plans").with(httpBasic("throttled-api", "right-password")).with(from("10.0.3.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(containsString("try again in 15 minutes")));
    }
}
