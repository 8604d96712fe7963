package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.testing.PejlingTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Without PEJLING_ADMIN_PASSWORD, a fresh installation gets a random admin password, printed once. */
@ExtendWith(OutputCaptureExtension.class)
@PejlingTest
@AutoConfigureMockMvc
class AdminAccountBootstrapTest {

    private static final Pattern PRINTED = Pattern.compile("Created the account 'admin' with the password (\\S+) \\(shown once");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void printsARandomPasswordOnceThatSignsInAndNoDefaultPasswordWorks(CapturedOutput output) throws Exception {
        jdbc.sql("delete from account where username = 'admin'").update();
        try {
            new AdminAccountBootstrap(accounts, "").run(null);
            Matcher m = PRINTED.matcher(output.getAll());
            assertThat(m.find()).as("the password is printed").isTrue();
            String password = m.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);

            mvc.perform(get("/api/v1/plans").with(httpBasic("admin", password))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/plans").with(httpBasic("admin", "admin"))).andExpect(status().isUnauthorized());

            new AdminAccountBootstrap(accounts, "").run(null);
            assertThat(PRINTED.matcher(output.getAll()).results().count()).as("printed once").isEqualTo(1);
        } finally {
            jdbc.sql("delete from account where username = 'admin'").update();
            new AdminAccountBootstrap(accounts, "test-admin-password").run(null);
        }
    }
}
