package dk.pejling.benchmarks;

import dk.pejling.PejlingApplication;
import dk.pejling.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Pejling for a benchmark on a database of its own: a fresh H2 file or a fresh schema in the
 * PostgreSQL service, as the tests do, with no demo plans, on a port of its own.
 */
final class BenchmarkApplication {

    private BenchmarkApplication() {}

    static ConfigurableApplicationContext start(String database) {
        Map<String, Object> props = new HashMap<>();
        props.put("pejling.demo", "false");
        props.put("server.port", "0");
        props.put("pejling.admin-password", "benchmark");
        props.put("logging.level.root", "WARN");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (database.equals("postgres")) {
            String schema = "t_" + (System.currentTimeMillis() / 1000) + "_" + suffix;
            props.put("spring.datasource.url", TestDatabase.pgUrl() + "?currentSchema=" + schema);
            props.put("spring.datasource.username", TestDatabase.pgUser());
            props.put("spring.datasource.password", "");
            props.put("spring.flyway.schemas", schema);
            props.put("spring.flyway.create-schemas", "true");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:file:/tmp/pejling-bench-" + suffix
                    + "/pejling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        // As command-line arguments, so that they win over application.properties.
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplication(PejlingApplication.class).run(args);
    }
}
