package dk.pejling.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.SyntheticPlans;
import dk.pejling.testing.PejlingTest;
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

/** The dashboard, the goal page and search as a reader meets them, and who may reach them. */
@PejlingTest
@AutoConfigureMockMvc
class DashboardPagesTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String GRANT_PLAN = "kk-jobkonsulentpulje-2007";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @BeforeEach
    void importPlans() throws Exception {
        for (String id : new String[] {PLAN, GRANT_PLAN}) {
            importer.importBundle(new ClassPathResource("demo/" + id + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                    BundleFormat.YAML, true);
        }
    }

    @Test
    void showsEveryGoalOfTheLatestPeriodWithItsBadgeColourInWordsAndCounts() throws Exception {
        Document page = page("/plans/" + PLAN + "/overblik");
        assertThat(page.select("#period option[selected]").text()).isEqualTo("2020");
        assertThat(page.select("#overblik-maal tbody tr")).hasSize(20);
        // Initiative 1's first goal: 537 against at least 350, opnået; its colour is said in words
        var row = page.selectFirst("#goal-i1-g1");
        assertThat(row.select(".pejling-badge").text()).isEqualTo("opnået");
        assertThat(row.text()).contains("Hvid: ingen data", "Mål: 350", "Resultat: 537");
        assertThat(page.select("#overblik-i-alt tbody td").eachText()).containsExactly("12", "7", "0", "0", "1", "20");
        assertThat(page.select("#overblik-indsatser tbody tr").first().text())
                .isEqualTo("1. Håndholdt og vedvarende virksomhedsindsatser for ledige 3 1 0 0 0 4");
    }

    @Test
    void listsUnmetGoalsWithoutARemarkAndNoLateUnitsWhereNoRoundAsked() throws Exception {
        Document page = page("/plans/" + PLAN + "/overblik?period=2020");
        assertThat(page.select("#uden-bemaerkning li").text()).contains("Nr. 5", "er ikke opnået i 2020");
        // No status round asked for 2020's figures, so no unit is late (LateUnitsOnTheDashboardTest has one that is).
        assertThat(page.select("#sene-enheder li")).isEmpty();
        assertThat(page.text()).contains("Ingen enheder mangler at indberette.");
    }

    @Test
    void filtersByAssessmentAndKindInTheAddressAndSwapsOnlyTheResultsForHtmx() throws Exception {
        Document page = page("/plans/" + PLAN + "/overblik?period=2020&assessment=not_achieved&kind=activity");
        assertThat(page.select("#overblik-maal tbody tr .pejling-badge").eachText()).isNotEmpty().containsOnly("ikke opnået");
        assertThat(page.select("#assessment option[selected]").val()).isEqualTo("not_achieved");
        String fragment = mvc.perform(reader(get("/plans/" + PLAN + "/overblik?assessment=achieved").header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", "HX-Request"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<div id=\"overblik-resultat\"").doesNotContain("<html");
    }

    @Test
    void aLargePlansGoalsAndInitiativeCountsArePagedAndEachPagerKeepsTheOtherAndTheFilters() throws Exception {
        if (plans.find("large-dashboard").isEmpty()) {
            plans.create(SyntheticPlans.generate("large-dashboard", 60, 5, 2, 11));
        }
        Document first = page("/plans/large-dashboard/overblik?kind=result");
        assertThat(first.select("#overblik-indsatser tbody tr")).hasSize(DashboardController.INITIATIVES_PER_PAGE);
        assertThat(first.select("nav[aria-label='Sider i tællingen pr. indsats']").text()).contains("Indsats 1–25 af 60");

        String next = first.select("nav[aria-label='Sider i tællingen pr. indsats'] a").attr("href");
        assertThat(next).contains("kind=result", "side=1", "indsatsside=2").endsWith("#pr-indsats");
        Document second = page(next.substring(0, next.indexOf('#')));
        assertThat(second.select("#overblik-indsatser tbody tr th").eachText())
                .hasSize(DashboardController.INITIATIVES_PER_PAGE)
                .doesNotContainAnyElementsOf(first.select("#overblik-indsatser tbody tr th").eachText());
        String goalsNext = second.select("nav[aria-label='Sider i listen over mål'] a").last().attr("href");
        assertThat(goalsNext).contains("kind=result", "side=2", "indsatsside=2");

        Document last = page("/plans/large-dashboard/overblik?kind=result&indsatsside=99");
        assertThat(last.select("#overblik-indsatser tbody tr")).hasSize(10);
        assertThat(last.select("nav[aria-label='Sider i tællingen pr. indsats'] span").text()).isEqualTo("Indsats 51–60 af 60");
        mvc.perform(reader(get("/plans/large-dashboard/overblik?indsatsside=to"))).andExpect(status().isBadRequest());
    }

    @Test
    void saysInDanishWhichFilterOrPeriodItCannotUse() throws Exception {
        String html = mvc.perform(reader(get("/plans/" + PLAN + "/overblik?period=1999&assessment=maybe")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("[role=alert]").text())
                .contains("Perioden »1999« findes ikke", "Vurderingen »maybe« findes ikke");
    }

    @Test
    void theGoalPageDrawsItsCourseWithTheFiguresBeside() throws Exception {
        Document page = page("/plans/" + GRANT_PLAN + "/goals/beskaeftigelsesandel");
        var svg = page.selectFirst("figure svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("desc").text()).contains("Fremskrevet til 31. december 2010: 64,06 pct.");
        assertThat(page.select("figure table tbody tr").eachText())
                .containsExactly("1. november 2006 54,4 pct.", "februar 2008 57,3 pct.", "31. december 2010 64 pct. 64,06 pct.");
    }

    @Test
    void theMoneyPageChartsBudgetAgainstGrantSpendingAndSaysWhy() throws Exception {
        Document page = page("/plans/" + GRANT_PLAN + "/okonomi");
        assertThat(page.select("#budget-chart svg[role=img]")).hasSize(1);
        assertThat(page.select("#budget-chart figcaption").text()).contains("forbrug kendes kun for puljerne");
    }

    @Test
    void searchFindsInitiativesAndGoalsAcrossPlansByWordsAndNumberInAnyCase() throws Exception {
        Document page = page("/sog?q=FRITIDSJOB");
        assertThat(page.select("section[aria-labelledby=hits-" + PLAN + "] li").eachText()).anyMatch(t -> t.startsWith("Indsats: 6. Fritidsjob til unge"));
        Document byNumber = page("/sog?q=8");
        assertThat(byNumber.select("section[aria-labelledby=hits-" + PLAN + "] li a").eachText()).contains("8. Samarbejde med FRAK om fritidsjob");
        Document danish = page("/sog?q=KØBENHAVNERE");
        assertThat(danish.select("section[aria-labelledby=hits-" + PLAN + "] li").text()).contains("Minimum 350 ledige københavnere");
        String json = mvc.perform(get("/api/v1/search?q=fritidsjob").with(user("reader").roles(Role.READER.name())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"planId\":\"" + PLAN + "\"", "/plans/" + PLAN + "/initiatives/");
    }

    @Test
    void aReaderMayViewTheNewPagesAndNobodyAnonymous() throws Exception {
        for (String path : new String[] {"/plans/" + PLAN + "/overblik", "/plans/" + PLAN + "/goals/i1-g1", "/sog?q=job"}) {
            mvc.perform(reader(get(path))).andExpect(status().isOk());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        }
        mvc.perform(get("/api/v1/search?q=job")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/search?q=job").with(httpBasic("nobody", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(reader(get("/plans/" + PLAN + "/goals/no-such-goal"))).andExpect(status().isNotFound());
        mvc.perform(reader(get("/plans/no-such-plan/overblik"))).andExpect(status().isNotFound());
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(reader(get(path)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder reader(MockHttpServletRequestBuilder request) {
        return request.with(user("reader").roles(Role.READER.name()));
    }
}
