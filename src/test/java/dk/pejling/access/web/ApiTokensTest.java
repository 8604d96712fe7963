package dk.pejling.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.ApiTokenService;
import dk.pejling.access.Role;
import dk.pejling.testing.PejlingTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * API tokens: an administrator issues one (over the API or on the page), the system that holds it
 * calls the API with the token's role, and once revoked the token is refused. Only administrators
 * reach the token endpoints and page.
 */
@PejlingTest
@AutoConfigureMockMvc
class ApiTokensTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void accountsOfEveryRole() {
        for (Role role : List.of(Role.PLANNER, Role.UNIT_REPORTER, Role.READER)) {
            String name = "tokens-" + role.name().toLowerCase();
            if (!accounts.exists(name)) {
                accounts.create(name, role.name(), "password-" + role.name(), role);
            }
        }
    }

    private static RequestPostProcessor as(Role role) {
        return role == Role.ADMIN
                ? httpBasic("admin", ADMIN_PASSWORD)
                : httpBasic("tokens-" + role.name().toLowerCase(), "password-" + role.name());
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private String issue(String name, String role, String owner) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/api-tokens")
                        .with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"owner\":\"" + owner + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/api-tokens/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.role").value(role))
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("pejling_")))
                .andReturn();
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.token");
    }

    @Test
    void aReaderTokenReadsTheApiButMayNotChangeAnything() throws Exception {
        String token = issue("Rapportværktøj", "READER", "tokens-reader");

        mvc.perform(get("/api/v1/plans").with(bearer(token))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/plans/no-such-plan").with(bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        assertThat(tokens.all()).filteredOn(t -> t.name().equals("Rapportværktøj"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.lastUsedAt()).as("last used").isNotNull();
                    assertThat(t.owner()).isEqualTo("tokens-reader");
                    assertThat(t.createdBy()).isEqualTo("admin");
                });
    }

    @Test
    void aPlannerTokenMayChangePlansButNotManageTokens() throws Exception {
        String token = issue("Planværktøj", "PLANNER", "tokens-planner");

        mvc.perform(delete("/api/v1/plans/no-such-plan").with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/api-tokens").with(bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void refusesARevokedTokenWithAProblem() throws Exception {
        String token = issue("Gammelt system", "READER", "tokens-reader");
        long id = tokens.all().stream().filter(t -> t.name().equals("Gammelt system")).findFirst().orElseThrow().id();
        mvc.perform(get("/api/v1/plans").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/api-tokens/" + id).with(as(Role.ADMIN))).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/plans").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("The API token is unknown or revoked."));
        mvc.perform(get("/api/v1/api-tokens/" + id).with(as(Role.ADMIN)))
                .andExpect(jsonPath("$.revokedAt").isNotEmpty());
    }

    @Test
    void refusesAnUnknownTokenAndNeverListsTheSecret() throws Exception {
        String token = issue("Hemmelig", "READER", "admin");
        mvc.perform(get("/api/v1/plans").with(bearer("pejling_not-a-token"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plans").with(bearer("not-a-jwt-either"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/api-tokens").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hemmelig")))
                .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void explainsABadRequestToIssueAToken() throws Exception {
        mvc.perform(post("/api/v1/api-tokens").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"KING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("role")));
        mvc.perform(post("/api/v1/api-tokens").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"role\":\"READER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name")));
        mvc.perform(post("/api/v1/api-tokens").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"owner\":\"nobody\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("nobody")));
        mvc.perform(delete("/api/v1/api-tokens/999999").with(as(Role.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsReachTheTokenEndpoints() throws Exception {
        for (Role role : List.of(Role.PLANNER, Role.UNIT_REPORTER, Role.READER)) {
            mvc.perform(get("/api/v1/api-tokens").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/api-tokens/1").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/api-tokens").with(as(role)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/api-tokens/1").with(as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/api-tokens")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/api-tokens").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdministratorsReachTheTokenPage() throws Exception {
        mvc.perform(get("/admin/api-tokens")).andExpect(redirectedUrl("/login"));
        for (Role role : List.of(Role.PLANNER, Role.UNIT_REPORTER, Role.READER)) {
            mvc.perform(get("/admin/api-tokens").with(user("x").roles(role.name()))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/api-tokens").with(user("x").roles(role.name())).with(csrf()).param("name", "x"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/api-tokens/1/revoke").with(user("x").roles(role.name())).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anAdministratorIssuesATokenOnThePageSeesItOnceAndRevokesIt() throws Exception {
        mvc.perform(get("/admin/api-tokens").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opret en nøgle")));
        MvcResult issued = mvc.perform(post("/admin/api-tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "Økonomisystemet")
                        .param("role", "READER")
                        .param("owner", "tokens-reader"))
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andExpect(flash().attributeExists("issued"))
                .andReturn();
        ApiTokenService.IssuedToken token = (ApiTokenService.IssuedToken) issued.getFlashMap().get("issued");
        mvc.perform(get("/admin/api-tokens").with(user("admin").roles("ADMIN")).flashAttr("issued", token))
                .andExpect(content().string(containsString(token.token())))
                .andExpect(content().string(containsString("kan ikke vise den igen")));
        mvc.perform(get("/admin/api-tokens").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Økonomisystemet")))
                .andExpect(content().string(not(containsString(token.token()))));

        mvc.perform(post("/admin/api-tokens/" + token.id() + "/revoke").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andExpect(flash().attribute("message", "Nøglen »Økonomisystemet« er tilbagekaldt og virker ikke længere."));
        mvc.perform(get("/api/v1/plans").with(bearer(token.token()))).andExpect(status().isUnauthorized());
    }

    @Test
    void tellsInDanishWhatIsWrongWithATokenOnThePage() throws Exception {
        mvc.perform(post("/admin/api-tokens").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", "   ")
                        .param("role", "READER")
                        .param("owner", "admin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giv nøglen et navn på 1 til 100 tegn")));
    }
}
