package dk.pejling.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.PublicationService;
import dk.pejling.testing.PejlingTest;
import dk.pejling.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation backed up and restored into a fresh database is the same installation: its
 * backup, taken again, has the same rows byte for byte. A restore into an installation with plans,
 * or of something that is not a backup, changes nothing.
 */
@PejlingTest
@AutoConfigureMockMvc
class BackupRestoreTest {

    private static final String PLAN = "kk-integrationshandleplan-2019-22";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PublicationService publications;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void plans() throws IOException {
        for (String id : new String[] {PLAN, "kk-jobkonsulentpulje-2007", "kk-beskaeftigelsesaftale-2009"}) {
            importer.importBundle(
                    new ClassPathResource("demo/" + id + ".yaml").getContentAsString(StandardCharsets.UTF_8),
                    BundleFormat.YAML,
                    true);
        }
        publications.publish(PLAN, "planner");
    }

    @Test
    void aRestoredInstallationBacksUpToTheSameRows() throws Exception {
        byte[] first = mvc.perform(get("/api/v1/backup").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> before = entries(first);
        assertThat(before).containsKeys("manifest.json", "tables/plan.json", "tables/account.json",
                "tables/plan_publication.json", "tables/section.json");
        assertThat(new String(before.get("tables/plan_publication.json"), StandardCharsets.UTF_8))
                .contains(PLAN, "planner");

        Fresh fresh = freshInstallation();
        InstallationBackup.Restored restored =
                fresh.transactions.execute(s -> fresh.backup.restore(new ByteArrayInputStream(first)));
        assertThat(restored.rows().get("plan")).isEqualTo(3);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        fresh.transactions.executeWithoutResult(s -> fresh.backup.export(again));
        Map<String, byte[]> after = entries(again.toByteArray());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            if (!name.equals("manifest.json")) {
                assertThat(new String(after.get(name), StandardCharsets.UTF_8))
                        .as(name)
                        .isEqualTo(new String(before.get(name), StandardCharsets.UTF_8));
            }
        }
        // identities continue after the restored rows: a new account gets a new number
        new JdbcTemplate(fresh.dataSource).update("insert into account (username, display_name, password_hash,"
                + " role_name, created_at) values ('new', 'Ny', 'x', 'READER', current_timestamp)");
    }

    @Test
    void aRestoreIntoAnInstallationWithPlansIsRefusedAndChangesNothing() throws Exception {
        byte[] backup = mvc.perform(get("/api/v1/backup").with(admin())).andReturn().getResponse().getContentAsByteArray();
        int plans = jdbc.queryForObject("select count(*) from plan", Integer.class);
        String answer = mvc.perform(post("/api/v1/restore").with(admin()).contentType("application/zip").content(backup))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("not-empty", "restored only into an empty installation");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plans);
    }

    @Test
    void somethingThatIsNotABackupIsRefusedAndTheEmptyInstallationStaysAsItWas() throws Exception {
        jdbc.update("delete from plan");
        int accounts = jdbc.queryForObject("select count(*) from account", Integer.class);
        mvc.perform(post("/api/v1/restore").with(admin()).contentType("application/zip").content("not a zip".getBytes()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/restore").with(admin()).contentType("application/zip").content(zipWith(
                        "manifest.json", "{\"format\":\"pejling-backup\",\"formatVersion\":1,\"schemaVersion\":\"1\"}")))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(accounts);
    }

    @Test
    void onlyAdministratorsMayBackUpOrRestore() throws Exception {
        mvc.perform(get("/api/v1/backup")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/backup").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("p").roles("PLANNER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/restore").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("p").roles("PLANNER"))
                        .contentType("application/zip").content(new byte[] {1}))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRestoreOfAnotherSchemaVersionIsRefused() throws Exception {
        Fresh fresh = freshInstallation();
        byte[] zip = zipWith("manifest.json", "{\"format\":\"pejling-backup\",\"formatVersion\":1,\"schemaVersion\":\"001\"}");
        assertThatThrownBy(() -> fresh.transactions.execute(s -> fresh.backup.restore(new ByteArrayInputStream(zip))))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("schema version 001");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "test-admin-password");
    }

    record Fresh(DataSource dataSource, InstallationBackup backup, TransactionTemplate transactions) {}

    /** A new, migrated, empty database beside the test's own: H2 in memory, or a new PostgreSQL schema. */
    static Fresh freshInstallation() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        SimpleDriverDataSource ds = new SimpleDriverDataSource();
        Flyway flyway;
        if (TestDatabase.onPostgres()) {
            String schema = "t_" + (System.currentTimeMillis() / 1000) + "_" + suffix;
            ds.setDriverClass(org.postgresql.Driver.class);
            ds.setUrl(TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
            ds.setUsername(TestDatabase.pgUser());
            ds.setPassword("");
            flyway = Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration/common").load();
        } else {
            ds.setDriverClass(org.h2.Driver.class);
            ds.setUrl("jdbc:h2:mem:restore-" + suffix
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            ds.setUsername("sa");
            ds.setPassword("");
            flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration/common").load();
        }
        flyway.migrate();
        org.springframework.beans.factory.support.StaticListableBeanFactory beans =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        beans.addBean("flyway", flyway);
        InstallationBackup backup =
                new InstallationBackup(ds, beans.getBeanProvider(Flyway.class), Clock.systemUTC(), 1 << 28);
        return new Fresh(ds, backup, new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zipWith(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
