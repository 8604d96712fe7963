package dk.pejling.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A plan reaches the public only when a planner publishes it; drafts stay with planners. */
@PejlingTest
@AutoConfigureMockMvc
class PublicationTest {

    static final String ADOPTED = "kk-integrationshandleplan-2019-22";
    static final String DRAFT = "kk-integrationshandleplan-2019-22-kladde";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    static final RequestPostProcessor PLANNER = user("planner").roles(Role.PLANNER.name());
    static final RequestPostProcessor READER = user("reader").roles(Role.READER.name());

    @BeforeEach
    void twoPlans() throws Exception {
        String yaml = new ClassPathResource("demo/" + ADOPTED + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        importer.importBundle(yaml, BundleFormat.YAML, true);
        importer.importBundle(draftOf(yaml), BundleFormat.YAML, true);
    }

    /** The demo plan as a draft under another id and title. */
    static String draftOf(String yaml) {
        return yaml.replaceFirst("(?m)^  id: " + ADOPTED + "$", "  id: " + DRAFT)
                .replaceFirst("(?m)^  status: adopted$", "  status: draft")
                .replaceFirst("(?m)^  title: (.*)$", "  title: Kladde til $1");
    }

    @Test
    void thePublicSeesAPlanOnlyAfterAPlannerPublishesItAndNoLongerAfterItIsWithdrawn() throws Exception {
        mvc.perform(get("/offentlig/plans/" + ADOPTED)).andExpect(status().isNotFound());
        assertThat(body(get("/offentlig/plans"))).doesNotContain("Integrationshandleplan");

        mvc.perform(post("/plans/" + ADOPTED + "/publication").with(PLANNER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get("/offentlig/plans"))).contains("/offentlig/plans/" + ADOPTED).doesNotContain(DRAFT);
        assertThat(body(get("/offentlig/plans/" + ADOPTED))).contains("Status (PDF)");
        mvc.perform(get("/offentlig/plans/" + ADOPTED + "/status.html")).andExpect(status().isOk());
        mvc.perform(get("/offentlig/plans/" + ADOPTED + "/status.pdf")).andExpect(status().isOk());
        mvc.perform(get("/offentlig/plans/" + ADOPTED + "/status.docx")).andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/plans/" + ADOPTED + "/publication").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/offentlig/plans/" + ADOPTED)).andExpect(status().isNotFound());
        mvc.perform(get("/offentlig/plans/" + ADOPTED + "/status.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theApiTellsWhoPublishedAndWhen() throws Exception {
        String answer = body(post("/api/v1/plans/" + ADOPTED + "/publication").with(httpBasic("admin", "test-admin-password")));
        assertThat(answer).contains("\"published\":true", "\"publishedBy\":\"admin\"", "publishedAt");
    }

    @Test
    void aDraftCannotBePublished() throws Exception {
        mvc.perform(post("/api/v1/plans/" + DRAFT + "/publication").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isConflict());
        mvc.perform(get("/offentlig/plans/" + DRAFT)).andExpect(status().isNotFound());
    }

    @Test
    void readersSeeAdoptedPlansButDraftsAreAbsentToThem() throws Exception {
        assertThat(body(get("/plans").with(READER))).contains(ADOPTED).doesNotContain(DRAFT);
        assertThat(body(get("/api/v1/plans").with(READER))).contains(ADOPTED).doesNotContain(DRAFT);
        for (String path : new String[] {
            "/plans/" + DRAFT, "/plans/" + DRAFT + "/okonomi", "/plans/" + DRAFT + "/documents",
            "/plans/" + DRAFT + "/documents/status.pdf", "/plans/" + DRAFT + "/bundle.yaml",
            "/api/v1/plans/" + DRAFT, "/api/v1/plans/" + DRAFT + "/bundle", "/api/v1/plans/" + DRAFT + "/assessments",
            "/api/v1/plans/" + DRAFT + "/finance", "/api/v1/plans/" + DRAFT + "/documents/status.html"
        }) {
            mvc.perform(get(path).with(READER)).andExpect(status().isNotFound());
            // A unit reporter is refused everything plan-wide, whatever the plan; only the plan page is open to them.
            mvc.perform(get(path).with(user("reporter").roles(Role.UNIT_REPORTER.name())))
                    .andExpect(path.equals("/plans/" + DRAFT) ? status().isNotFound() : status().isForbidden());
            mvc.perform(get(path).with(PLANNER)).andExpect(status().isOk());
        }
    }

    @Test
    void plannersSeeDraftsInTheList() throws Exception {
        assertThat(body(get("/plans").with(PLANNER))).contains(ADOPTED, DRAFT);
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
