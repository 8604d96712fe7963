package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.testing.PejlingTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages of a plan whose titles and texts are markup and formulas (issue #7) show them as the
 * text typed: no script or image element comes from the data, and the words read back exactly.
 */
@PejlingTest
@AutoConfigureMockMvc
class HostileTextPagesTest {

    static final RequestPostProcessor PLANNER = user("planner").roles(Role.PLANNER.name());
    static final String PLAN = HostileTextTest.PLAN_ID;

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @BeforeEach
    void importThePlan() {
        importer.importBundle(HostileTextTest.bundle(), BundleFormat.YAML, true);
    }

    @Test
    void thePlanPageShowsTheTitlesAsText() throws Exception {
        Document page = page("/plans/" + PLAN);
        assertInert(page);
        assertThat(page.selectFirst("h1").text()).isEqualTo(HostileTextTest.PLAN_TITLE);
        for (String hostile : HostileTextTest.HOSTILE) {
            assertThat(ownTexts(page)).as("the plan page shows %s", hostile).anyMatch(t -> t.contains(hostile));
        }
    }

    @Test
    void eachInitiativePageShowsItsTitleGoalAndRemarkAsText() throws Exception {
        for (int i = 0; i < HostileTextTest.HOSTILE.size(); i++) {
            String hostile = HostileTextTest.HOSTILE.get(i);
            Document page = page("/plans/" + PLAN + "/initiatives/i" + (i + 1));
            assertInert(page);
            assertThat(page.selectFirst("h1").text()).as("initiative %d", i + 1).contains(hostile);
            assertThat(ownTexts(page)).as("goal and remark of initiative %d", i + 1)
                    .filteredOn(t -> t.contains(hostile)).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theGoalPageAndThePlanListShowTheTextsAsText() throws Exception {
        Document list = page("/plans");
        assertInert(list);
        assertThat(ownTexts(list)).contains(HostileTextTest.PLAN_TITLE);
        for (int i = 0; i < HostileTextTest.HOSTILE.size(); i++) {
            Document goal = page("/plans/" + PLAN + "/goals/i" + (i + 1) + "-g1");
            assertInert(goal);
            assertThat(ownTexts(goal)).contains(HostileTextTest.HOSTILE.get(i));
        }
    }

    @Test
    void downloadedDocumentsKeepTheTextsAsTextAndNeverAsFormulas() throws Exception {
        Document html = Jsoup.parse(download("html").getContentAsString(StandardCharsets.UTF_8));
        HostileTextTest.assertNoInjectedElements(html);
        assertThat(ownTexts(html)).containsAll(HostileTextTest.HOSTILE);
        List<String> strings = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx").getContentAsByteArray()))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            strings.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(strings).containsAll(HostileTextTest.HOSTILE);
    }

    @Test
    void thePublicPagesOfThePublishedPlanShowTheTitlesAsText() throws Exception {
        mvc.perform(post("/plans/" + PLAN + "/publication").with(PLANNER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document plan = publicPage("/offentlig/plans/" + PLAN);
        assertInert(plan);
        assertThat(plan.selectFirst("h1").text()).isEqualTo(HostileTextTest.PLAN_TITLE);
        for (int i = 0; i < HostileTextTest.HOSTILE.size(); i++) {
            String hostile = HostileTextTest.HOSTILE.get(i);
            assertThat(ownTexts(plan)).anyMatch(t -> t.contains(hostile));
            Document initiative = publicPage("/offentlig/plans/" + PLAN + "/initiatives/i" + (i + 1));
            assertInert(initiative);
            assertThat(initiative.selectFirst("h1").text()).contains(hostile);
        }
        Document status = publicPage("/offentlig/plans/" + PLAN + "/status.html");
        HostileTextTest.assertNoInjectedElements(status);
        assertThat(ownTexts(status)).containsAll(HostileTextTest.HOSTILE);
    }

    @Test
    void theOverviewDocumentsSearchAndEditPagesShowTheTextsAsText() throws Exception {
        for (String path : List.of("/plans/" + PLAN + "/overblik", "/plans/" + PLAN + "/documents")) {
            Document page = page(path);
            assertInert(page);
            assertThat(page.text()).as(path).contains(HostileTextTest.PLAN_TITLE);
        }
        Document search = page("/sog?q=alert");
        assertInert(search);
        assertThat(search.text()).contains(HostileTextTest.HOSTILE.get(0), HostileTextTest.HOSTILE.get(1));
        for (int i = 0; i < HostileTextTest.HOSTILE.size(); i++) {
            Document edit = page("/plans/" + PLAN + "/edit/initiatives/i" + (i + 1));
            assertInert(edit);
            assertThat(edit.select("input, textarea")).extracting(Element::val)
                    .as("the edit form of initiative %d", i + 1).contains(HostileTextTest.HOSTILE.get(i));
        }
    }

    private Document publicPage(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse download(String format) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/plans/" + PLAN + "/documents/status." + format).with(PLANNER))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(format).isEqualTo(200);
        return response;
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(PLANNER)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** No element from the data: scripts only from files, no image named x, no handler attribute. */
    private static void assertInert(Document page) {
        HostileTextTest.assertNoInjectedElements(page);
        assertThat(page.select("img")).extracting(e -> e.attr("src")).doesNotContain("x");
        assertThat(page.select("*")).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")));
    }

    private static List<String> ownTexts(Document page) {
        return page.select("*").stream().map(Element::wholeOwnText).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
