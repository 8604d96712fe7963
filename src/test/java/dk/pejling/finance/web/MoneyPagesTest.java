package dk.pejling.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.YearAmount;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The money page's forms and the catalogue's scenario page as planners, readers and unit reporters
 * meet them, without JavaScript: plain form posts and GETs.
 */
@PejlingTest
@AutoConfigureMockMvc
class MoneyPagesTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";
    private static final String CATALOGUE = "kk-bruttokatalog-integrationshandleplan-2019-22";
    private static final String ADOPTED = "scenarie-fra-siden";
    private static final RequestPostProcessor PLANNER = user("planner").roles(Role.PLANNER.name());
    private static final RequestPostProcessor READER = user("reader").roles(Role.READER.name());
    private static final RequestPostProcessor REPORTER = user("reporter").roles(Role.UNIT_REPORTER.name());

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @BeforeEach
    void importSeeds() throws Exception {
        for (String plan : List.of(PLAN, CATALOGUE)) {
            String yaml = new ClassPathResource("demo/" + plan + ".yaml").getContentAsString(StandardCharsets.UTF_8);
            importer.importBundle(yaml, BundleFormat.YAML, true);
        }
        plans.delete(ADOPTED);
    }

    @AfterEach
    void removeAdopted() {
        plans.delete(ADOPTED);
    }

    @Test
    void aPlannerSetsTheFrameInTheFormAndThePageShowsWhatIsLeftPerYear() throws Exception {
        mvc.perform(post("/plans/" + PLAN + "/okonomi/ramme").with(PLANNER).with(csrf())
                        .param("ramme-2019", "100.000.000").param("ramme-2020", "1 kr."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + PLAN + "/okonomi#ramme"));

        Document page = page("/plans/" + PLAN + "/okonomi", PLANNER);
        assertThat(page.select("#frame-balance tbody tr")).hasSize(2);
        assertThat(page.select("#frame-balance tbody tr").get(0).text()).contains("100.000.000 kr.", "Inden for rammen");
        assertThat(page.select("#frame-balance tbody tr").get(1).text()).contains("Over rammen med");
        assertThat(page.select("#ramme-2019").attr("value")).isEqualTo("100.000.000");
    }

    @Test
    void aFormWithAnErrorStoresNothingAndSaysInDanishWhichFieldIsWrong() throws Exception {
        String html = mvc.perform(post("/plans/" + PLAN + "/okonomi/ramme").with(PLANNER).with(csrf())
                        .param("ramme-2019", "7.300.000").param("ramme-2020", "syv mio.").param("ramme-2021", "-1"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("#form-problems li")).extracting(e -> e.text()).containsExactly(
                "Rammen for 2020: »syv mio.« er ikke et beløb i kroner; skriv fx 4.400.000 eller 1.250,50.",
                "Rammen for 2021: beløbet må ikke være negativt.");
        assertThat(page.select("#ramme-2020").attr("value")).isEqualTo("syv mio.");
        assertThat(page.select("#ramme-2020").attr("aria-describedby")).isEqualTo("ramme-2020-fejl");
        assertThat(plans.find(PLAN).orElseThrow().budgetFrame()).isEmpty();
    }

    @Test
    void aPlannerChangesTheBudgetsOfTheInitiativesInTheTableForm() throws Exception {
        Plan plan = plans.find(PLAN).orElseThrow();
        Initiative first = plan.allInitiatives().get(0);
        MockHttpServletRequestBuilder form = post("/plans/" + PLAN + "/okonomi/budgetter").with(PLANNER).with(csrf());
        for (Initiative i : plan.allInitiatives()) {
            for (YearAmount b : i.budget()) {
                form.param("budget-" + b.year() + "-" + i.id(), b.amount().toPlainString());
            }
        }
        form.param("budget-2022-" + first.id(), "1.250,50");

        mvc.perform(form).andExpect(status().is3xxRedirection());

        Plan changed = plans.find(PLAN).orElseThrow();
        assertThat(changed.initiative(first.id()).orElseThrow().budget())
                .contains(new YearAmount(2022, new BigDecimal("1250.5")));
        assertThat(changed.allInitiatives().get(1).budget()).isEqualTo(plan.allInitiatives().get(1).budget());
    }

    @Test
    void aBudgetFormOpenedBeforeSomeoneElseSavedStoresNothingUntilSavedAgain() throws Exception {
        Document opened = page("/plans/" + PLAN + "/okonomi", PLANNER);
        String revision = opened.select("#budget-form input[name=revision]").val();
        assertThat(revision).isNotBlank();
        Plan before = plans.find(PLAN).orElseThrow();
        Initiative first = before.allInitiatives().get(0);
        // Someone else sets the frame in between.
        Document other = page("/plans/" + PLAN + "/okonomi", PLANNER);
        mvc.perform(post("/plans/" + PLAN + "/okonomi/ramme").with(PLANNER).with(csrf())
                        .param("revision", other.select("#frame-form input[name=revision]").val())
                        .param("ramme-2019", "9.000.000"))
                .andExpect(status().is3xxRedirection());
        Plan afterOther = plans.find(PLAN).orElseThrow();

        String html = mvc.perform(post("/plans/" + PLAN + "/okonomi/budgetter").with(PLANNER).with(csrf())
                        .param("revision", revision).param("budget-2019-" + first.id(), "1.234"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document refused = Jsoup.parse(html);
        assertThat(refused.select("#form-problems li").text()).contains("En anden har ændret planen");
        assertThat(refused.select("input[name=budget-2019-" + first.id() + "]").val()).isEqualTo("1.234");
        assertThat(plans.find(PLAN).orElseThrow()).isEqualTo(afterOther);

        mvc.perform(post("/plans/" + PLAN + "/okonomi/budgetter").with(PLANNER).with(csrf())
                        .param("revision", refused.select("#budget-form input[name=revision]").val())
                        .param("budget-2019-" + first.id(), "1.234"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.find(PLAN).orElseThrow().initiative(first.id()).orElseThrow().budget())
                .contains(new YearAmount(2019, new BigDecimal("1234")));
        assertThat(plans.find(PLAN).orElseThrow().budgetFrame()).isEqualTo(afterOther.budgetFrame());
    }

    @Test
    void aRefusedBudgetFormNamesTheInitiativeAndYearAndStoresNothing() throws Exception {
        Plan plan = plans.find(PLAN).orElseThrow();
        Initiative first = plan.allInitiatives().get(0);

        String html = mvc.perform(post("/plans/" + PLAN + "/okonomi/budgetter").with(PLANNER).with(csrf())
                        .param("budget-2019-" + first.id(), "1,001"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select("#form-problems li").text())
                .contains(first.title() + ", 2019: beløbet kan højst have to decimaler (øre).");
        assertThat(plans.find(PLAN).orElseThrow()).isEqualTo(plan);
    }

    @Test
    void readersAndUnitReportersSeeTheMoneyButNoFormsAndMayNotPostThem() throws Exception {
        assertThat(page("/plans/" + PLAN + "/okonomi", READER).select("#frame-form, #budget-form")).isEmpty();
        // The plan's money is plan-wide: a unit reporter reaches only their units' work.
        mvc.perform(get("/plans/" + PLAN + "/okonomi").with(REPORTER)).andExpect(status().isForbidden());
        // The demo catalogue is a draft, absent to readers.
        mvc.perform(get("/plans/" + CATALOGUE + "/scenarier").with(READER)).andExpect(status().isNotFound());
        for (RequestPostProcessor who : List.of(READER, REPORTER)) {
            mvc.perform(post("/plans/" + PLAN + "/okonomi/ramme").with(who).with(csrf()).param("ramme-2019", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/" + PLAN + "/okonomi/budgetter").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/" + CATALOGUE + "/scenarier").with(who).with(csrf())
                            .param("indsats", "i1").param("planId", ADOPTED).param("titel", "Ny"))
                    .andExpect(status().isForbidden());
        }
        assertThat(plans.exists(ADOPTED)).isFalse();
        assertThat(plans.find(PLAN).orElseThrow().budgetFrame()).isEmpty();
    }

    @Test
    void theScenarioPageTotalsThePickWithAScaledTargetGroupAgainstTheFrame() throws Exception {
        // i1 at 525 of its 350 borgere costs 1,5 × 4,4 mio.; i2 and i5 cost 2,9 mio. each (seed 002)
        Document page = page("/plans/" + CATALOGUE + "/scenarier?indsats=i1&indsats=i2&indsats=i5&gruppe-i1=525"
                + "&ramme-2019=12.000.000&ramme-2020=20.000.000", PLANNER);

        assertThat(page.select("#valg-i1").hasAttr("checked")).isTrue();
        assertThat(page.select("#scenario-totals tfoot").text()).contains("12.400.000 kr.");
        assertThat(page.select("#scenario-frame tbody tr").get(0).text()).contains("Over rammen med 400.000 kr.");
        assertThat(page.select("#scenario-frame tbody tr").get(1).text()).contains("Inden for rammen");
    }

    @Test
    void theScenarioPageNamesWhatItCannotReadAndStillTotalsTheRest() throws Exception {
        Document page = page("/plans/" + CATALOGUE + "/scenarier?indsats=i2&gruppe-i1=mange&ramme-2019=x", PLANNER);

        assertThat(page.select("#scenario-problems li")).hasSize(2);
        assertThat(page.select("#scenario-totals tfoot").text()).contains("2.900.000 kr.");
    }

    @Test
    void aPlannerAdoptsTheScenarioAndLandsOnTheNewPlanWhoseInitiativesLinkToTheCatalogue() throws Exception {
        mvc.perform(post("/plans/" + CATALOGUE + "/scenarier").with(PLANNER).with(csrf())
                        .param("indsats", "i1", "i2").param("gruppe-i1", "700").param("ramme-2019", "20.000.000")
                        .param("planId", ADOPTED).param("titel", "Integrationshandleplan fra scenarie"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + ADOPTED));

        Plan adopted = plans.find(ADOPTED).orElseThrow();
        assertThat(adopted.allInitiatives()).extracting(Initiative::id).containsExactly("i1", "i2");
        assertThat(adopted.initiative("i1").orElseThrow().budget().get(0).amount()).isEqualByComparingTo("8800000");
        Document initiative = page("/plans/" + ADOPTED + "/initiatives/i1", READER);
        assertThat(initiative.select("#origin").attr("href")).isEqualTo("/plans/" + CATALOGUE + "/initiatives/i1");
        assertThat(initiative.select("#origin").parents().first().text()).contains("målgruppen ganget med 2");
    }

    @Test
    void adoptingWithoutIdOrTitleStoresNothingAndSaysWhatIsMissing() throws Exception {
        String html = mvc.perform(post("/plans/" + CATALOGUE + "/scenarier").with(PLANNER).with(csrf())
                        .param("indsats", "i1").param("planId", "Ikke Et Id"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(html).select("#scenario-problems li").text())
                .contains("Id'et »Ikke Et Id« kan ikke bruges", "Den nye plan skal have en titel.");
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
