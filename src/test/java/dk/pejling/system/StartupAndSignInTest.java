package dk.pejling.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

@PejlingTest
@AutoConfigureMockMvc
class StartupAndSignInTest {

    @Autowired
    MockMvc mvc;

    @Test
    void reportsHealthWithoutSignIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void sendsVisitorsWithoutSessionToTheDanishSignInPage() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Adgangskode")));
    }

    @Test
    void signsInTheAdminWithTheConfiguredPasswordAndRefusesAWrongOne() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "test-admin-password").with(csrf()))
                .andExpect(redirectedUrl("/plans"));
        mvc.perform(post("/login").param("username", "admin").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void answersApiCallsWithoutCredentialsWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/plans"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void sendsAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }
}
