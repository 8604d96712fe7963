package dk.pejling.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/** Seed 004's grant account on the money page as a reader sees it, in Danish figures. */
@PejlingTest
@AutoConfigureMockMvc
class FinancePageTest {

    private static final String PLAN = "kk-jobkonsulentpulje-2007";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    private Document page;

    @BeforeEach
    void openMoneyPage() throws Exception {
        String yaml = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        importer.importBundle(yaml, BundleFormat.YAML, true);
        page = Jsoup.parse(html("/plans/" + PLAN + "/okonomi"));
    }

    private String html(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(user("reader").roles(Role.READER.name())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void showsThatTheAwardPaysFor71JobConsultants() {
        assertThat(row("Bevillingen dækker").text()).contains("71 jobkonsulenter");
        assertThat(row("Bevilling").text()).contains("26.898.526 kr.");
    }

    @Test
    void showsTheAllocationsPerUnitWithTheirTotalOf93() {
        Element table = page.select("table").stream()
                .filter(t -> t.select("caption").text().equals("Fordeling på enheder 2007"))
                .findFirst().orElseThrow();
        assertThat(table.select("tbody tr")).hasSizeGreaterThan(1);
        assertThat(table.select("tfoot tr").text()).isEqualTo("I alt 93");
    }

    @Test
    void showsTheSourcesFiguresBesidePejlingsRoundedAsTheSourceRounds() {
        assertThat(stated("Forventet udgift", "2007")).contains("14,530 mill. kr.", "14,53 mio. kr.", "14.531.250 kr.",
                "afviger");
        assertThat(stated("Samlet pulje", "2008")).contains("40,9 mio. kr.", "Ja");
        assertThat(stated("Forventet udgift", "2008")).contains("34,9 mio. kr.", "Ja");
        assertThat(row("Mindreforbrug").text()).contains("14.398.526 kr.");
        assertThat(row("Overføres til året efter").text()).contains("14.000.000 kr.");
    }

    @Test
    void showsTheLedgersWarnings() {
        assertThat(page.select(".alert-warning").text()).contains("årsværk koster på helårsbasis mere end årets bevilling");
    }

    @Test
    void thePlanPageLinksToTheMoneyPage() throws Exception {
        Document planPage = Jsoup.parse(html("/plans/" + PLAN));
        assertThat(planPage.select("a[href=/plans/" + PLAN + "/okonomi]").text()).isEqualTo("Økonomi");
    }

    private Element row(String heading) {
        return page.select("tr").stream()
                .filter(r -> r.select("th").text().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + heading));
    }

    private String stated(String figure, String year) {
        return page.select("tr").stream()
                .filter(r -> r.select("th").text().equals(figure) && !r.select("td").isEmpty()
                        && r.select("td").get(0).text().equals(year))
                .findFirst().orElseThrow(() -> new AssertionError("no stated " + figure + " " + year))
                .text();
    }
}
