package dk.pejling.rounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.EntryKind;
import dk.pejling.rounds.ReportingService;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.rounds.RoundQueries;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bulk entry of a round's results, as a job centre and a planner use it: the template holds one row
 * per goal of the units one reports for; a filled-in file saves every row; a file with any error
 * saves nothing and lists every error with row and column; a reporter cannot enter another unit's
 * results; readers reach neither the template nor the upload.
 */
@PejlingTest
@AutoConfigureMockMvc
class BulkEntryApiTest {

    private static final RequestPostProcessor PLANNER = httpBasic("planlaegger", "password-planlaegger");
    private static final RequestPostProcessor MUSVAAGEVEJ = httpBasic("musvaagevej", "password-musvaagevej");
    private static final RequestPostProcessor NYROPSGADE = httpBasic("nyropsgade", "password-nyropsgade");
    private static final RequestPostProcessor READER = httpBasic("laeser", "password-laeser");
    private static final String HEADER = "Mål-id;Indsats-id;Enheds-id;Indsats;Mål;Enhed;Periode;Mål for perioden;Version;"
            + "Værdi;Ud af;Vist tekst;Opgjort pr.;Forventning;Bemærkning;Begrundelse\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    RoundService roundService;

    @Autowired
    RoundQueries queries;

    @Autowired
    ReportingService reporting;

    private Plan plan;
    private Actor planner;
    private Round round;
    private String api;

    @BeforeEach
    void roundOverTwoJobCentres() {
        plan = RoundFixtures.plan(importer, plans);
        planner = RoundFixtures.account(accounts, "planlaegger", Role.PLANNER);
        RoundFixtures.account(accounts, "musvaagevej", Role.UNIT_REPORTER, RoundFixtures.MUSVAAGEVEJ);
        RoundFixtures.account(accounts, "nyropsgade", Role.UNIT_REPORTER, RoundFixtures.NYROPSGADE);
        RoundFixtures.account(accounts, "laeser", Role.READER);
        round = roundService.open(planner, plan.id(), Period.year(2021), LocalDate.of(2022, 1, 31), List.of("i1", "i3"),
                List.of());
        api = "/api/v1/plans/" + plan.id() + "/rounds/" + round.id();
    }

    @Test
    void theTemplateHasOneRowPerGoalOfTheReportersOwnUnits() throws Exception {
        String csv = mvc.perform(get(api + "/template.csv").with(MUSVAAGEVEJ))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\ufeff" + HEADER.strip());
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).contains(";i1;jc-musvaagevej;").contains(";JC Musvågevej;2021;"));
        assertThat(csv).doesNotContain("i3-g");

        byte[] xlsx = mvc.perform(get(api + "/template.xlsx").with(PLANNER))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Værdi");
            assertThat(sheet.getLastRowNum()).isEqualTo(4 + 3); // every goal of i1 and i3 for the planner
        }
    }

    @Test
    void aFilledInFileSavesEveryRowAndBeginsTheReport() throws Exception {
        String file = HEADER
                + "i1-g1;i1;jc-musvaagevej;;;;2021;;0;400;;;31.12.2021;;;\r\n"
                + "i1-g2;i1;jc-musvaagevej;;;;;;;43,5;;;;Under målet;Færre end ventet fik job.;\r\n"
                + "i1-g3;i1;jc-musvaagevej;;;;;;0;;;;;;;\r\n";
        mvc.perform(post(api + "/results").with(MUSVAAGEVEJ).contentType("text/csv").content(file.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(2))
                .andExpect(jsonPath("$.unchanged").value(1));

        Actor musvaagevej = new Actor("musvaagevej", Role.UNIT_REPORTER, java.util.Set.of(RoundFixtures.MUSVAAGEVEJ));
        var g1 = queries.entry(musvaagevej, plan.id(), round.id(), EntryKind.GOAL, "i1-g1");
        assertThat(g1.values().value()).isEqualByComparingTo("400");
        assertThat(g1.values().asOf()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(g1.version()).isEqualTo(1);
        assertThat(g1.changedBy()).isEqualTo("musvaagevej");
        var g2 = queries.entry(musvaagevej, plan.id(), round.id(), EntryKind.GOAL, "i1-g2");
        assertThat(g2.values().value()).isEqualByComparingTo(new BigDecimal("43.5"));
        assertThat(g2.values().forecastText()).isEqualTo("Under målet");
        assertThat(g2.values().remark()).isEqualTo("Færre end ventet fik job.");
        assertThat(queries.history(musvaagevej, plan.id(), round.id(), "i1")).hasSize(2);
        assertThat(queries.report(musvaagevej, plan.id(), round.id(), "i1").submission().state().code()).isEqualTo("in_progress");

        // The same file again changes nothing, and an old version is refused.
        mvc.perform(post(api + "/results").with(MUSVAAGEVEJ).contentType("text/csv").content(file.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("I"))
                .andExpect(jsonPath("$.errors[0].columnName").value("Version"));
    }

    @Test
    void aFileWithErrorsSavesNothingAndListsEveryErrorWithRowAndColumn() throws Exception {
        byte[] xlsx = xlsx(
                new String[] {"i1-g1", "i1", "jc-musvaagevej", "400"},
                new String[] {"i1-g2", "i1", "jc-musvaagevej", "mange"},
                new String[] {"i9-g9", "i1", "jc-musvaagevej", "5"},
                new String[] {"i3-g1", "i3", "jc-nyropsgade", "7"},
                new String[] {"i1-g3", "i1", "cbsi", "7"});
        mvc.perform(multipart(api + "/results").file(new MockMultipartFile("file", "resultater.xlsx",
                                BulkApiController.XLSX, xlsx)).with(MUSVAAGEVEJ))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Intet er gemt: filen har 4 fejl."))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("D"))
                .andExpect(jsonPath("$.errors[0].columnName").value("Værdi"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("»mange« er ikke et tal")))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].message").value("Runden omfatter ikke målet »i9-g9«."))
                .andExpect(jsonPath("$.errors[2].row").value(5))
                .andExpect(jsonPath("$.errors[2].column").value("C"))
                .andExpect(jsonPath("$.errors[2].message").value(Matchers.containsString("dine egne enheder")))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].message").value(Matchers.containsString("drives ikke af enheden »cbsi«")));
        Actor musvaagevej = new Actor("musvaagevej", Role.UNIT_REPORTER, java.util.Set.of(RoundFixtures.MUSVAAGEVEJ));
        assertThat(queries.entry(musvaagevej, plan.id(), round.id(), EntryKind.GOAL, "i1-g1").version()).isZero();
    }

    @Test
    void aPlannerCorrectsAnApprovedReportWithAReasonAndThePlanShowsIt() throws Exception {
        Actor musvaagevej = new Actor("musvaagevej", Role.UNIT_REPORTER, java.util.Set.of(RoundFixtures.MUSVAAGEVEJ));
        String first = HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;400;;;;;;\r\n";
        mvc.perform(post(api + "/results").with(MUSVAAGEVEJ).contentType("text/csv").content(first))
                .andExpect(status().isOk());
        roundService.close(planner, round.id());

        String late = HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;410;;;;;;\r\n";
        mvc.perform(post(api + "/results").with(MUSVAAGEVEJ).contentType("text/csv").content(late))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Runden er lukket, og tallene er låst."));
        mvc.perform(post(api + "/results").with(PLANNER).contentType("text/csv").content(late))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].columnName").value("Begrundelse"));
        mvc.perform(post(api + "/results").with(PLANNER).contentType("text/csv")
                        .content(HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;410;;;;;;Tal fra jobcentret rettet\r\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(1));
        var history = queries.history(planner, plan.id(), round.id(), "i1");
        assertThat(history.get(history.size() - 1).reason()).isEqualTo("Tal fra jobcentret rettet");
        assertThat(queries.entry(musvaagevej, plan.id(), round.id(), EntryKind.GOAL, "i1-g1").values().value())
                .isEqualByComparingTo("410");
    }

    @Test
    void aCorrectionOfAnApprovedReportReachesThePlanAtOnce() throws Exception {
        Actor musvaagevej = new Actor("musvaagevej", Role.UNIT_REPORTER, java.util.Set.of(RoundFixtures.MUSVAAGEVEJ));
        StringBuilder file = new StringBuilder(HEADER);
        for (String goal : List.of("i1-g1", "i1-g2", "i1-g3", "i1-g4")) {
            file.append(goal).append(";i1;jc-musvaagevej;;;;;;;400;;;;;Bemærkning til ").append(goal).append(";\r\n");
        }
        mvc.perform(post(api + "/results").with(MUSVAAGEVEJ).contentType("text/csv").content(file.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(4));
        reporting.submit(musvaagevej, round.id(), "i1");
        roundService.approve(planner, round.id(), "i1");

        mvc.perform(post(api + "/results").with(PLANNER).contentType("text/csv")
                        .content(HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;420;;;;;;Rettet efter aftale\r\n"))
                .andExpect(status().isOk());
        assertThat(plans.find(plan.id()).orElseThrow().goal("i1-g1").orElseThrow().result(Period.year(2021))
                        .orElseThrow().value())
                .isEqualByComparingTo("420");
    }

    @Test
    void eachRoleReachesOnlyWhatItMay() throws Exception {
        String row = HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;400;;;;;;\r\n";
        mvc.perform(get(api + "/template.xlsx").with(READER)).andExpect(status().isForbidden());
        mvc.perform(get(api + "/template.csv")).andExpect(status().isUnauthorized());
        mvc.perform(post(api + "/results").with(READER).contentType("text/csv").content(row))
                .andExpect(status().isForbidden());
        // A reporter of another unit: the row is an error, nothing is saved.
        mvc.perform(post(api + "/results").with(NYROPSGADE).contentType("text/csv").content(row))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("C"));
        mvc.perform(post(api + "/results").with(PLANNER).contentType("text/csv").content(row))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/plans/" + plan.id() + "/rounds/999999/results").with(PLANNER).contentType("text/csv")
                        .content(row))
                .andExpect(status().isNotFound());
        mvc.perform(post(api + "/results").with(PLANNER).contentType("application/pdf").content(new byte[] {1}))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post(api + "/results").with(PLANNER).contentType(BulkApiController.XLSX).content("ikke et regneark"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(0));

        String page = "/plans/" + plan.id() + "/runder/" + round.id();
        mvc.perform(get(page + "/resultater").with(user("laeser").roles("READER"))).andExpect(status().isForbidden());
        mvc.perform(get(page + "/skabelon.csv").with(user("laeser").roles("READER"))).andExpect(status().isForbidden());
        mvc.perform(multipart(page + "/resultater").file(new MockMultipartFile("file", "r.csv", "text/csv", row.getBytes(StandardCharsets.UTF_8)))
                        .with(user("laeser").roles("READER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageListsEveryErrorInDanishAndSavesAGoodFile() throws Exception {
        String page = "/plans/" + plan.id() + "/runder/" + round.id() + "/resultater";
        mvc.perform(get(page).with(user("musvaagevej").roles("UNIT_REPORTER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("skabelon.xlsx")))
                .andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")));
        String bad = HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;fire;;;;;;\r\n" + "i1-g2;i1;jc-musvaagevej;;;;;;;;;;32.13.2021;;;\r\n";
        mvc.perform(multipart(page).file(new MockMultipartFile("file", "resultater.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(user("musvaagevej").roles("UNIT_REPORTER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Intet er gemt: filen har 2 fejl.")))
                .andExpect(content().string(Matchers.containsString("J (Værdi)")))
                .andExpect(content().string(Matchers.containsString("»fire« er ikke et tal")))
                .andExpect(content().string(Matchers.containsString("M (Opgjort pr.)")))
                .andExpect(content().string(Matchers.containsString("»32.13.2021« er ikke en dato")));
        String good = HEADER + "i1-g1;i1;jc-musvaagevej;;;;;;;400;;;;;;\r\n";
        mvc.perform(multipart(page).file(new MockMultipartFile("file", "resultater.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(user("musvaagevej").roles("UNIT_REPORTER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
    }

    /** A workbook as a person makes one in Excel: the goal, initiative and unit ids and a value in column D. */
    private static byte[] xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Ark1");
            XSSFRow header = sheet.createRow(0);
            String[] names = {"Mål-id", "Indsats-id", "Enheds-id", "Værdi"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
                String v = rows[r][3];
                if (v.matches("\\d+")) {
                    row.createCell(3).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(3).setCellValue(v);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
