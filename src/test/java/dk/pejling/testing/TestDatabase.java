package dk.pejling.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database nobody else writes to. On PostgreSQL that is a
 * new schema named after the time it was made; schemas older than two hours, left by earlier
 * runs, are dropped once per JVM.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("pejling.test.db", "h2"));
    }

    public static String pgUrl() {
        String url = System.getenv("PEJLING_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    public static String pgUser() {
        String user = System.getenv("PEJLING_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> props;
        if (onPostgres()) {
            String schema = "t_" + (System.currentTimeMillis() / 1000) + "_" + suffix;
            if (SWEPT.compareAndSet(false, true)) {
                dropOldSchemas();
            }
            props = Map.of(
                    "spring.datasource.url", pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", pgUser(),
                    "spring.datasource.password", "",
                    "spring.flyway.schemas", schema,
                    "spring.flyway.create-schemas", "true");
        } else {
            props = Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:mem:pejling-" + suffix
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pejling-test-database", props));
    }

    private static void dropOldSchemas() {
        long cutoff = System.currentTimeMillis() / 1000 - 7200;
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), "");
                Statement st = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "select schema_name from information_schema.schemata where schema_name like 't\\_%\\_%'")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String[] parts = name.split("_");
                    if (parts.length == 3 && parts[1].matches("\\d+") && Long.parseLong(parts[1]) < cutoff) {
                        old.add(name);
                    }
                }
            }
            for (String name : old) {
                st.execute("drop schema if exists " + name + " cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + pgUrl() + ": " + e.getMessage(), e);
        }
    }
}
