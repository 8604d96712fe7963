package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Log ud overalt" ends every session of an account, on the user's own request or an
 * administrator's; the pages and the API send the protective headers; every form carries CSRF.
 */
@PejlingTest
@AutoConfigureMockMvc
class SessionsAndHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", username).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/plans"));
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());
        return session;
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheUserButNoOneElses() throws Exception {
        accounts.create("traveller", "Rejsende", "password-1", Role.READER);
        accounts.create("colleague", "Kollega", "password-2", Role.READER);
        MockHttpSession laptop = signIn("traveller", "password-1");
        MockHttpSession phone = signIn("traveller", "password-1");
        MockHttpSession colleague = signIn("colleague", "password-2");

        mvc.perform(get("/account").session(laptop))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Log ud overalt")));
        mvc.perform(post("/account/sign-out-everywhere").session(laptop).with(csrf()))
                .andExpect(redirectedUrl("/login?ended"));

        mvc.perform(get("/plans").session(phone)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/plans").session(colleague)).andExpect(status().isOk());
        mvc.perform(get("/login").param("ended", "")).andExpect(content().string(containsString("Din session er afsluttet")));

        // Signing in again afterwards works.
        signIn("traveller", "password-1");
    }

    @Test
    void anAdministratorEndsTheSessionsOfAnotherUser() throws Exception {
        accounts.create("lost-laptop", "Mistet", "password-3", Role.PLANNER);
        MockHttpSession stolen = signIn("lost-laptop", "password-3");

        mvc.perform(get("/admin/sessions").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lost-laptop")));
        mvc.perform(post("/admin/sessions/end").param("username", "lost-laptop").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/sessions"));

        mvc.perform(get("/plans").session(stolen)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(post("/admin/sessions/end").param("username", "nobody").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsEndOthersSessionsAndAnyoneSignedInTheirOwn() throws Exception {
        for (Role role : List.of(Role.PLANNER, Role.UNIT_REPORTER, Role.READER)) {
            mvc.perform(get("/admin/sessions").with(user("x").roles(role.name()))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/sessions/end").param("username", "admin").with(user("x").roles(role.name())).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        for (Role role : Role.values()) {
            mvc.perform(get("/account").with(user("someone").roles(role.name()))).andExpect(status().isOk());
        }
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/sessions")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/sign-out-everywhere").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() throws Exception {
        MockHttpSession session = signIn("admin", "test-admin-password");
        mvc.perform(post("/account/sign-out-everywhere").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sessions/end").param("username", "admin").session(session))
                .andExpect(status().isForbidden());
        // The page carries the token for htmx's requests.
        mvc.perform(get("/plans").session(session))
                .andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")));
    }

    @Test
    void sendsTheProtectiveHeadersOnPagesAndApi() throws Exception {
        for (String path : List.of("/login", "/api/v1/plans")) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().exists("Referrer-Policy"))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    // HSTS is for production (over HTTPS); ProductionHeadersTest checks it there.
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline"))));
    }

    @Test
    void everyFormThatPostsCarriesTheCsrfTokenAndNoTemplateHasInlineScript() throws IOException {
        Pattern form = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher m = form.matcher(html);
                while (m.find()) {
                    String tag = m.group();
                    if (tag.toLowerCase().contains("method=\"post\"")) {
                        // Thymeleaf adds the hidden _csrf field only to forms whose action it writes.
                        assertThat(tag).as(file + ": " + tag).contains("th:action=");
                    }
                }
                assertThat(html).as(file + " has no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
                assertThat(html).as(file + " has no inline event handler").doesNotContainPattern("\\son[a-z]+=\"");
            }
        }
        String js = Files.readString(Path.of("src/main/resources/static/js/pejling.js"));
        assertThat(js).as("htmx sends the CSRF header").contains("htmx:configRequest").contains("_csrf_header");
    }
}
