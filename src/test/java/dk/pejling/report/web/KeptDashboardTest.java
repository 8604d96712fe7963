package dk.pejling.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.testing.PejlingTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The dashboard's results are written once and kept for everyone who asks for the same view
 * ({@link RenderedDashboards}): a change of the plan shows at once, and nobody gets another person's
 * name, menu, token or language.
 */
@PejlingTest
@AutoConfigureMockMvc
class KeptDashboardTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String OVERBLIK = "/plans/" + PLAN + "/overblik?period=2020";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    private String yaml;

    @BeforeEach
    void importPlan() throws Exception {
        yaml = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        importer.importBundle(yaml, BundleFormat.YAML, true);
    }

    @Test
    void aChangedResultShowsOnTheNextRequestForTheSameView() throws Exception {
        assertThat(page(as("reader", Role.READER)).selectFirst("#goal-i1-g1").text()).contains("Resultat: 537");

        importer.importBundle(yaml.replace("{period: 2020, value: 537}", "{period: 2020, value: 312}"), BundleFormat.YAML, true);

        var row = page(as("reader", Role.READER)).selectFirst("#goal-i1-g1");
        assertThat(row.text()).contains("Resultat: 312");
        assertThat(row.select(".pejling-badge").text()).isEqualTo("ikke opnået");
    }

    @Test
    void twoPeopleGetTheSameResultsEachInTheirOwnLayout() throws Exception {
        Document planner = page(as("planner-anne", Role.PLANNER));
        Document reader = page(as("reader-bo", Role.READER));

        assertThat(reader.selectFirst("#overblik-resultat").outerHtml()).isEqualTo(planner.selectFirst("#overblik-resultat").outerHtml());
        assertThat(planner.select(".pejling-user").text()).isEqualTo("planner-anne");
        assertThat(reader.select(".pejling-user").text()).isEqualTo("reader-bo");
        // The planner's menu has the audit trail; the reader's does not, though the results were kept.
        assertThat(planner.select("nav a[href=/audit]")).hasSize(1);
        assertThat(reader.select("nav a[href=/audit]")).isEmpty();
        String plannersToken = planner.selectFirst("meta[name=_csrf]").attr("content");
        assertThat(plannersToken).isNotBlank();
        assertThat(reader.html()).doesNotContain(plannersToken);
    }

    @Test
    void aReaderWhoChoseEnglishGetsTheResultsInEnglishBesideADanishOne() throws Exception {
        Document danish = page(as("reader-da", Role.READER));
        Document english = page(as("reader-en", Role.READER).cookie(new Cookie("pejling-sprog", "en")));

        assertThat(danish.selectFirst("#maalene").text()).isEqualTo("Målene");
        assertThat(english.selectFirst("#maalene").text()).isEqualTo("Goals");
        assertThat(english.selectFirst("#goal-i1-g1 .pejling-badge").text()).isEqualTo("achieved");
        // The figures too are written in each reader's language, though the judged goals are shared.
        assertThat(danish.selectFirst("#goal-i9-g1").text()).contains("Mål: 1.500");
        assertThat(english.selectFirst("#goal-i9-g1").text()).contains("Target: 1,500");
        assertThat(english.select("#overblik-afsnit th[scope=row]").eachText()).doesNotContain("Planen som helhed");
    }

    private MockHttpServletRequestBuilder as(String name, Role role) {
        return get(OVERBLIK).with(user(name).roles(role.name()));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
