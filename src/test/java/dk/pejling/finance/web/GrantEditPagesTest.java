package dk.pejling.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Grant;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.StoredPlan;
import dk.pejling.plan.YearAmount;
import dk.pejling.testing.PejlingTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A grant's own page as planners, readers and unit reporters meet it without JavaScript: the
 * award, spending, decided carry-over and broken conditions of seed 004's job consultant pool
 * changed in a plain form, checked field by field, refused whole where anything is wrong, refused
 * where the plan changed since the form was opened, and recorded in the audit trail and history.
 */
@PejlingTest
@AutoConfigureMockMvc
class GrantEditPagesTest {

    private static final String PLAN = "kk-jobkonsulentpulje-2007";
    private static final String GRANT = "jobkonsulentpulje";
    private static final String PAGE = "/plans/" + PLAN + "/okonomi/puljer/" + GRANT;
    private static final String SALARY_ONLY = "Bevillingen gives alene til dækning af kommunale lønudgifter.";
    private static final RequestPostProcessor PLANNER = user("planner").roles(Role.PLANNER.name());
    private static final RequestPostProcessor READER = user("reader").roles(Role.READER.name());
    private static final RequestPostProcessor REPORTER = user("reporter").roles(Role.UNIT_REPORTER.name());

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void importSeed() throws Exception {
        String yaml = new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        importer.importBundle(yaml, BundleFormat.YAML, true);
    }

    @Test
    void thePageShowsTheStoredFiguresPerYearOfTheGrantsPeriodAndItsConditions() throws Exception {
        Document page = page(PAGE, PLANNER);

        assertThat(page.select("h1").text()).isEqualTo("Ret puljen: Statslig pulje til ansættelse af ekstra jobkonsulenter");
        assertThat(page.select("#grant-form fieldset legend").eachText())
                .containsExactly("2007", "2008", "2009", "2010", "Betingelse 1", "Betingelse 2");
        assertThat(page.select("label[for=bevilling-2007]").text()).isEqualTo("Bevilling 2007");
        assertThat(page.select("#bevilling-2007").val()).isEqualTo("26.898.526");
        assertThat(page.select("#forbrug-2007").val()).isEqualTo("12.500.000");
        assertThat(page.select("#forbrug-2008").val()).isEmpty();
        assertThat(page.select("label[for=overfoersel-2007]").text()).isEqualTo("Besluttet overførsel fra 2007 til 2008");
        assertThat(page.select("#overfoersel-2007").val()).isEqualTo("14.000.000");
        // 2010 is the grant's last year: there is no next year within it to carry over to.
        assertThat(page.select("#overfoersel-2010")).isEmpty();
        assertThat(page.select("#brudt-0").hasAttr("checked")).isFalse();
        assertThat(page.select("#note-0").text()).startsWith("Kommunerne ønskede også");
        assertThat(page.select("input[name=revision]").val()).isEqualTo(revision());
        assertThat(page.select("#form-problem")).isEmpty();
    }

    @Test
    void theMoneyPageLinksEachGrantToItsPageForPlannersOnly() throws Exception {
        String link = "a[href=" + PAGE + "]";
        assertThat(page("/plans/" + PLAN + "/okonomi", PLANNER).select(link).text()).isEqualTo("Ret puljen");
        assertThat(page("/plans/" + PLAN + "/okonomi", user("admin").roles(Role.ADMIN.name())).select(link)).hasSize(1);
        assertThat(page("/plans/" + PLAN + "/okonomi", READER).select(link)).isEmpty();
    }

    @Test
    void aSavedEditChangesTheFiguresOnTheMoneyPageAndInTheApiAtOnce() throws Exception {
        Document before = page("/plans/" + PLAN + "/okonomi", PLANNER);
        assertThat(before.select("#grant-" + GRANT + " .alert-warning").text()).doesNotContain("betingelse brudt");

        save(PLANNER, revision(),
                "forbrug-2008", "25.000.000",
                "bevilling-2010", "26898526,50",
                "overfoersel-2008", "1.898.526",
                "brudt-0", "true", "_brudt-0", "on",
                "note-0", "Midlerne dækkede i 2008 også husleje i Musvågevej.")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/" + PLAN + "/okonomi#grant-" + GRANT));

        Grant grant = grant();
        assertThat(grant.spending()).extracting(YearAmount::year).containsExactly(2007, 2008);
        assertThat(amount(grant.spending(), 2008)).isEqualByComparingTo("25000000");
        assertThat(amount(grant.awards(), 2010)).isEqualByComparingTo("26898526.5");
        assertThat(amount(grant.awards(), 2009)).isEqualByComparingTo("26898526");
        assertThat(grant.carryOver()).hasSize(2);
        assertThat(grant.terms().get(0).broken()).isTrue();
        assertThat(grant.terms().get(0).note()).isEqualTo("Midlerne dækkede i 2008 også husleje i Musvågevej.");
        assertThat(grant.terms().get(1).broken()).isFalse();

        Document money = page("/plans/" + PLAN + "/okonomi", READER);
        Element section = money.selectFirst("#grant-" + GRANT);
        assertThat(section.select(".alert-warning").text())
                .contains("Advarsel: betingelse brudt", "En betingelse for puljen er markeret som brudt. »" + SALARY_ONLY + "«");
        assertThat(section.select(".pejling-broken").text()).isEqualTo("Markeret som brudt.");
        assertThat(row(section, "Forbrug").select("td").get(1).text()).isEqualTo("25.000.000 kr.");
        assertThat(row(section, "Overføres til året efter").select("td").get(1).text()).isEqualTo("1.898.526 kr.");

        mvc.perform(get("/api/v1/plans/" + PLAN + "/finance").with(READER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grants[0].years[1].year").value(2008))
                .andExpect(jsonPath("$.grants[0].years[1].spending").value(25000000))
                .andExpect(jsonPath("$.grants[0].years[1].carryOut").value(1898526))
                .andExpect(jsonPath("$.grants[0].years[3].award").value(26898526.5))
                .andExpect(jsonPath("$.grants[0].conditions[0].broken").value(true))
                .andExpect(jsonPath("$.grants[0].conditions[0].note").value("Midlerne dækkede i 2008 også husleje i Musvågevej."))
                .andExpect(jsonPath("$.grants[0].warnings[?(@.kind == 'condition_broken')].condition").value(SALARY_ONLY));
    }

    @Test
    void emptyFieldsClearTheFiguresAndAnUntickedBoxMendsTheCondition() throws Exception {
        save(PLANNER, revision(), "brudt-0", "true", "_brudt-0", "on", "note-0", "Brudt i 2008.")
                .andExpect(status().isFound());
        save(PLANNER, revision(), "forbrug-2007", "", "overfoersel-2007", "", "_brudt-0", "on", "note-0", "")
                .andExpect(status().isFound());

        Grant grant = grant();
        assertThat(grant.spending()).isEmpty();
        assertThat(grant.carryOver()).isEmpty();
        assertThat(grant.terms().get(0).broken()).isFalse();
        assertThat(grant.terms().get(0).note()).isNull();
        assertThat(page("/plans/" + PLAN + "/okonomi", READER).select("#grant-" + GRANT + " .alert-warning").text())
                .doesNotContain("betingelse brudt");
    }

    @Test
    void everyWrongFieldIsRefusedBesideItselfAsTypedAndNothingIsSaved() throws Exception {
        String revision = revision();
        Grant before = grant();
        String longNote = "x".repeat(2001);

        Document page = Jsoup.parse(save(PLANNER, revision,
                        "bevilling-2008", "mange penge",
                        "forbrug-2008", "-5",
                        "overfoersel-2007", "1,005",
                        "forbrug-2009", "1.000.000.000.000.000",
                        "bevilling-2011", "100",
                        "forbrug-2007", "12.400.000",
                        "brudt-0", "true", "_brudt-0", "on", "note-0", longNote,
                        "brudt-1", "true", "_brudt-1", "on", "note-1", "  ")
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(error(page, "bevilling-2008"))
                .isEqualTo("Bevilling 2008: »mange penge« er ikke et beløb i kroner; skriv fx 26.898.526 eller 26898526,50.");
        assertThat(error(page, "forbrug-2008")).isEqualTo("Forbrug 2008: beløbet må ikke være negativt.");
        assertThat(error(page, "overfoersel-2007"))
                .isEqualTo("Besluttet overførsel fra 2007 til 2008: beløbet kan højst have to decimaler (øre).");
        assertThat(error(page, "forbrug-2009")).isEqualTo("Forbrug 2009: beløbet er for stort.");
        assertThat(page.select("#aar-fejl").text()).isEqualTo("Fejl: Året 2011 ligger uden for puljens periode 2007–2010.");
        assertThat(error(page, "note-0")).isEqualTo("Note til betingelse 1: noten må højst være 2.000 tegn.");
        assertThat(error(page, "note-1"))
                .isEqualTo("Note til betingelse 2: skriv, hvordan betingelsen er brudt, når den markeres som brudt.");
        assertThat(page.select("#form-problem .alert-heading").text()).isEqualTo("Intet er gemt. Ret felterne herunder og gem igen:");
        assertThat(page.select("#form-problem li a").eachAttr("href")).containsExactlyInAnyOrder("#aar", "#bevilling-2008",
                "#forbrug-2008", "#overfoersel-2007", "#forbrug-2009", "#note-0", "#note-1");
        assertThat(page.select("#forbrug-2008").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#forbrug-2008").attr("aria-describedby")).isEqualTo("forbrug-2008-fejl");

        // What was typed stays, right and wrong alike; the revision is still the one the form was opened on.
        assertThat(page.select("#bevilling-2008").val()).isEqualTo("mange penge");
        assertThat(page.select("#forbrug-2008").val()).isEqualTo("-5");
        assertThat(page.select("#forbrug-2007").val()).isEqualTo("12.400.000");
        assertThat(page.select("#brudt-1").hasAttr("checked")).isTrue();
        assertThat(page.select("#note-0").text()).isEqualTo(longNote);
        assertThat(page.select("input[name=revision]").val()).isEqualTo(revision);

        assertThat(revision()).isEqualTo(revision);
        assertThat(grant()).isEqualTo(before);
    }

    @Test
    void inEnglishTheFormAndItsMessagesAreEnglish() throws Exception {
        if (!accounts.exists("english-planner")) {
            accounts.create("english-planner", "English Planner", "english-password-1", Role.PLANNER);
        }
        accounts.setLanguage("english-planner", "en");
        RequestPostProcessor planner = user("english-planner").roles(Role.PLANNER.name());
        Document page = Jsoup.parse(mvc.perform(form(post(PAGE), planner, revision(), "bevilling-2008", "mange penge",
                                "bevilling-2011", "1", "brudt-1", "true", "note-1", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("h1").text()).isEqualTo("Edit the grant: Statslig pulje til ansættelse af ekstra jobkonsulenter");
        assertThat(page.select("label[for=overfoersel-2007]").text()).isEqualTo("Carry-over decided from 2007 to 2008");
        assertThat(error(page, "bevilling-2008"))
                .isEqualTo("Award 2008: »mange penge« is not an amount in kroner; write e.g. 26.898.526 or 26898526,50.");
        assertThat(page.select("#aar-fejl").text()).isEqualTo("Error: The year 2011 is outside the period of the grant, 2007–2010.");
        assertThat(error(page, "note-1"))
                .isEqualTo("Note on condition 2: write how the condition was broken when you mark it as broken.");
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedIsRefusedWithWhatIsSavedNowAndCanThenBeSaved() throws Exception {
        String opened = revision();
        save(user("kollega").roles(Role.PLANNER.name()), opened, "forbrug-2008", "20.000.000").andExpect(status().isFound());
        String now = revision();

        Document page = Jsoup.parse(save(PLANNER, opened, "forbrug-2008", "25.000.000", "bevilling-2009", "27.000.000")
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#form-problem .alert-heading").text())
                .startsWith("Planen er ændret af en anden, siden du åbnede siden, og intet er gemt.");
        assertThat(page.select("#forbrug-2008").val()).isEqualTo("25.000.000");
        assertThat(page.select("#forbrug-2008-gemt").text()).isEqualTo("Gemt nu: 20.000.000");
        assertThat(page.select("#bevilling-2009-gemt").text()).isEqualTo("Gemt nu: 26.898.526");
        assertThat(page.select("#forbrug-2007-gemt")).isEmpty();
        assertThat(page.select("input[name=revision]").val()).isEqualTo(now);
        assertThat(revision()).isEqualTo(now);
        assertThat(amount(grant().spending(), 2008)).isEqualByComparingTo("20000000");
        assertThat(amount(grant().awards(), 2009)).isEqualByComparingTo("26898526");

        // Having seen what is saved now, the planner saves the form as it came back.
        save(PLANNER, now, "forbrug-2008", "25.000.000", "bevilling-2009", "27.000.000").andExpect(status().isFound());
        assertThat(amount(grant().spending(), 2008)).isEqualByComparingTo("25000000");
        assertThat(amount(grant().awards(), 2009)).isEqualByComparingTo("27000000");
    }

    @Test
    void anUnknownGrantOrPlanIsNotFound() throws Exception {
        mvc.perform(get("/plans/" + PLAN + "/okonomi/puljer/ingen-pulje").with(PLANNER)).andExpect(status().isNotFound());
        saveTo("/plans/" + PLAN + "/okonomi/puljer/ingen-pulje", PLANNER, revision(), "forbrug-2008", "1")
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/ingen-plan/okonomi/puljer/" + GRANT).with(PLANNER)).andExpect(status().isNotFound());
    }

    @Test
    void readersReportersAndThePublicCannotReachThePageNorSaveWithoutTheFormsToken() throws Exception {
        String revision = revision();
        for (RequestPostProcessor who : List.of(READER, REPORTER)) {
            mvc.perform(get(PAGE).with(who)).andExpect(status().isForbidden());
            save(who, revision, "forbrug-2008", "1").andExpect(status().isForbidden());
        }
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection());
        mvc.perform(post(PAGE).with(PLANNER).param("revision", revision).param("forbrug-2008", "1"))
                .andExpect(status().isForbidden());
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void theChangeIsInTheAuditTrailWithOldAndNewValuesAndInThePlansHistory() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        RequestPostProcessor anna = user("anna-puljer").roles(Role.PLANNER.name());
        save(anna, revision(), "forbrug-2007", "12.600.000", "brudt-0", "true", "_brudt-0", "on",
                "note-0", "Husleje betalt af puljen.").andExpect(status().isFound());

        mvc.perform(get("/api/v1/audit?plan=" + PLAN + "&actor=anna-puljer&kind=plan.replaced&from=" + start).with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries[?(@.subject == 'grants[" + GRANT + "].spending[2007]' && @.field == 'amount')]"
                        + ".oldValue").value("12500000"))
                .andExpect(jsonPath("$.entries[?(@.subject == 'grants[" + GRANT + "].spending[2007]' && @.field == 'amount')]"
                        + ".newValue").value("12600000"))
                .andExpect(jsonPath("$.entries[?(@.subject == 'grants[" + GRANT + "].terms[0]' && @.field == 'broken')]"
                        + ".newValue").value("true"))
                .andExpect(jsonPath("$.entries[?(@.subject == 'grants[" + GRANT + "].terms[0]' && @.field == 'note')]"
                        + ".newValue").value("Husleje betalt af puljen."));

        Document trail = page("/audit?plan=" + PLAN + "&actor=anna-puljer", PLANNER);
        assertThat(trail.select("#audit-table tbody tr").eachText())
                .anySatisfy(r -> assertThat(r).contains("anna-puljer", "grants[" + GRANT + "].spending[2007].amount",
                        "12500000", "12600000"));

        mvc.perform(get("/api/v1/plans/" + PLAN + "/versions").with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].storedBy").value("anna-puljer"))
                .andExpect(jsonPath("$[-1].revision").value(revision()));
    }

    // ---- helpers

    private ResultActions save(RequestPostProcessor who, String revision, String... fields) throws Exception {
        return saveTo(PAGE, who, revision, fields);
    }

    private ResultActions saveTo(String path, RequestPostProcessor who, String revision, String... fields) throws Exception {
        return mvc.perform(form(post(path), who, revision, fields));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, RequestPostProcessor who,
            String revision, String... fields) {
        request.with(who).with(csrf()).param("revision", revision);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String error(Document page, String field) {
        Element group = page.selectFirst("#group-" + field);
        assertThat(group).as("the field " + field).isNotNull();
        assertThat(group.hasClass("form-error")).isTrue();
        return group.select("#" + field + "-fejl > span:not(.sr-only)").text();
    }

    private static Element row(Element section, String heading) {
        return section.select("tr").stream()
                .filter(r -> r.select("th").text().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + heading));
    }

    private String revision() {
        return plans.findStored(PLAN).map(StoredPlan::revision).orElseThrow();
    }

    private Grant grant() {
        return plans.find(PLAN).orElseThrow().grants().stream().filter(g -> g.id().equals(GRANT)).findFirst().orElseThrow();
    }

    private static BigDecimal amount(List<YearAmount> lines, int year) {
        return lines.stream().filter(l -> l.year() == year).map(YearAmount::amount).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + year));
    }
}
