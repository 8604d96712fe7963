package dk.pejling.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.plan.PlanService;
import dk.pejling.report.DocumentFormat;
import dk.pejling.report.DocumentWriter;
import dk.pejling.testing.PejlingTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The committee documents over the API and on the download page, for any signed-in user. */
@PejlingTest
@AutoConfigureMockMvc
class DocumentApiTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String STATUS = "/api/v1/plans/" + PLAN + "/documents/status.html";
    private static final RequestPostProcessor READER = httpBasic("reader", "reader-password-1");
    private static final RequestPostProcessor READER_SIGNED_IN = user("reader").roles(Role.READER.name());

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    List<DocumentWriter> writers;

    @BeforeEach
    void storeSeed000() throws IOException {
        plans.list().forEach(p -> plans.delete(p.id()));
        String yaml = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        plans.create(new PlanBundleReader().read(yaml, BundleFormat.YAML));
        if (!accounts.exists("reader")) {
            accounts.create("reader", "Læser", "reader-password-1", Role.READER);
        }
    }

    @Test
    void aReaderDownloadsTheStatusOfTwoYearsAsAStandaloneDanishPage() throws Exception {
        MvcResult result = mvc.perform(get(STATUS).param("periods", "2019,2020").with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src 'none'")))
                .andReturn();
        assertThat(result.getResponse().getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline").contains(".html");
        Document html = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("html").attr("lang")).isEqualTo("da");
        assertThat(html.select("h1").text()).isEqualTo("Bilag 1: Status 2019-2020 for indsatser i Integrationshandleplan 2019-22");
        // the status table is the first; the goals' charts follow with tables of their own
        assertThat(html.selectFirst("table").select("thead th").eachText()).containsExactly(
                "Indsats og afsatte midler", "Målsætninger", "Status 2019", "Status 2020");
        assertThat(html.select("tbody tr").first().select("td").eachText())
                .contains("Målet blev opnået (508).", "Målet er opnået (537).");
    }

    @Test
    void withoutPeriodsTheDocumentCoversItsOwnPeriods() throws Exception {
        String page = mvc.perform(get(STATUS).with(READER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("thead th").eachText()).contains("Status 2019", "Status 2020");
    }

    @Test
    void answersNotFoundForAnUnknownPlanTypeOrFormat() throws Exception {
        mvc.perform(get("/api/v1/plans/no-such-plan/documents/status.html").with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + PLAN + "/documents/budget.html").with(READER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + PLAN + "/documents/status.odt").with(READER)).andExpect(status().isNotFound());
    }

    @Test
    void eachFormatIsServedWhereTheApplicationHasAWriterForItAndNotFoundOtherwise() throws Exception {
        for (DocumentFormat format : DocumentFormat.values()) {
            boolean written = writers.stream().anyMatch(w -> w.format() == format);
            mvc.perform(get("/api/v1/plans/" + PLAN + "/documents/status." + format.extension()).with(READER))
                    .andExpect(written ? status().isOk() : status().isNotFound());
        }
    }

    @Test
    void answersABadRequestProblemForAPeriodThatIsNoneOrLiesOutsideThePlan() throws Exception {
        mvc.perform(get(STATUS).param("periods", "2019,snart").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("\"snart\" er ikke en periode")));
        mvc.perform(get(STATUS).param("periods", "2030").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("2030")));
    }

    @Test
    void aSignInIsRequired() throws Exception {
        mvc.perform(get(STATUS)).andExpect(status().isUnauthorized());
        mvc.perform(get("/plans/" + PLAN + "/documents")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDownloadPageShowsWhatTheCommitteeWouldNoticeAndLinksEveryFormat() throws Exception {
        String page = mvc.perform(get("/plans/" + PLAN + "/documents").with(READER_SIGNED_IN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document html = Jsoup.parse(page);
        assertThat(html.select("select#type option[selected]").attr("value")).isEqualTo("status");
        assertThat(html.select("input[name=periods][checked]").eachAttr("value")).containsExactly("2019", "2020");
        assertThat(html.select("#document-checks li").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Nr. 5 »Flere lære- og elevpladser til unge«"));
        List<String> links = html.select("#document-downloads a").eachAttr("href");
        assertThat(links).hasSize(writers.stream().map(DocumentWriter::format).distinct().toList().size())
                .contains("/plans/" + PLAN + "/documents/status.html?periods=2019,2020");
        assertThat(html.select("script:not([src])")).isEmpty();
        assertThat(html.select("form#document-choice").attr("method")).isEqualTo("get");
    }

    @Test
    void theDownloadPageLinksDownloadFromThePagesThemselves() throws Exception {
        mvc.perform(get("/plans/" + PLAN + "/documents/status.html").param("periods", "2020").with(READER_SIGNED_IN))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Status 2020 for indsatser")));
    }

    @Test
    void theDownloadPageSaysWhyPeriodsCannotBeUsed() throws Exception {
        String page = mvc.perform(get("/plans/" + PLAN + "/documents").param("periods", "2030").with(READER_SIGNED_IN))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("#documents-problem").text()).contains("2030");
    }

    @Test
    void thePlanPageLinksToTheDocuments() throws Exception {
        String page = mvc.perform(get("/plans/" + PLAN).with(READER_SIGNED_IN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("a[href=/plans/" + PLAN + "/documents]").text()).isEqualTo("Dokumenter til udvalget");
    }
}
