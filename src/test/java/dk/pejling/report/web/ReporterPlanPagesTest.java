package dk.pejling.report.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dk.pejling.access.AccountService;
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

/**
 * A unit reporter sees a plan trimmed to the initiatives their unit runs: the others are neither
 * listed on the plan page nor reachable by their address, and nothing plan-wide is open to them.
 */
@PejlingTest
@AutoConfigureMockMvc
class ReporterPlanPagesTest {

    static final String PLAN = "kk-jobkonsulentpulje-2007";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    BundleImporter importer;

    @BeforeEach
    void reporterOfMusvaagevej() throws Exception {
        importer.importBundle(new ClassPathResource("demo/" + PLAN + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                BundleFormat.YAML, true);
        if (!accounts.exists("musvaagevej")) {
            accounts.create("musvaagevej", "Musvågevej", "password-musvaagevej", Role.UNIT_REPORTER);
            accounts.addUnit("musvaagevej", "jc-musvaagevej");
        }
    }

    @Test
    void thePlanPageListsOnlyTheUnitsOwnInitiatives() throws Exception {
        mvc.perform(get("/plans/" + PLAN).with(user("musvaagevej").roles("UNIT_REPORTER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jobpatruljen (Musvågevej)")))
                .andExpect(content().string(not(containsString("Center for Kompetence og Beskæftigelse (CKB)"))));
        mvc.perform(get("/plans/" + PLAN).with(user("reader").roles("READER")))
                .andExpect(content().string(containsString("Center for Kompetence og Beskæftigelse (CKB)")));
    }

    @Test
    void anotherUnitsInitiativeIsAbsentAndTheirOwnIsThere() throws Exception {
        mvc.perform(get("/plans/" + PLAN + "/initiatives/b4").with(user("musvaagevej").roles("UNIT_REPORTER")))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/" + PLAN + "/initiatives/c1").with(user("musvaagevej").roles("UNIT_REPORTER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void nothingPlanWideIsOpenToAUnitReporter() throws Exception {
        for (String path : new String[] {"/plans/" + PLAN + "/documents", "/plans/" + PLAN + "/okonomi",
            "/plans/" + PLAN + "/bundle.yaml", "/api/v1/plans/" + PLAN, "/api/v1/plans/" + PLAN + "/assessments"}) {
            mvc.perform(get(path).with(user("musvaagevej").roles("UNIT_REPORTER"))).andExpect(status().isForbidden());
        }
    }
}
