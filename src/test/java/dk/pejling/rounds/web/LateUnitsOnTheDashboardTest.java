package dk.pejling.rounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard names the units whose reports of a status round are past their deadline. */
@PejlingTest
@AutoConfigureMockMvc
class LateUnitsOnTheDashboardTest {

    static final String PLAN = "kk-jobkonsulentpulje-2007";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    RoundService rounds;

    @Test
    void aReportPastItsDeadlineAndNotSubmittedIsListedByUnit() throws Exception {
        importer.importBundle(new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                BundleFormat.YAML, true);
        Actor planner = new Actor("planner", Role.PLANNER, Set.of());
        // b4 is Jobpatruljen, run by JC Musvågevej; the deadline has long passed.
        rounds.open(planner, PLAN, Period.year(2008), LocalDate.of(2009, 1, 31), List.of("b4"), List.of());

        Document page = Jsoup.parse(mvc.perform(get("/plans/" + PLAN + "/overblik?period=2008")
                        .with(user("reader").roles("READER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#sene-enheder li").eachText())
                .containsExactly("JC Musvågevej: Jobpatruljen (Musvågevej): skulle have været indberettet senest 31.01.2009.");
    }
}
