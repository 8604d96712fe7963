package dk.pejling.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile on the embedded H2 database, and warns when any other
 * profile runs on it: H2 is for trying Pejling out and for small installations, PostgreSQL for
 * production. Registered in META-INF/spring.factories so it runs before any bean is made.
 */
public class DatabaseStartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        boolean embedded = url.startsWith("jdbc:h2:");
        if (embedded && env.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException("The production profile needs PostgreSQL: set PEJLING_DB_URL, "
                    + "PEJLING_DB_USER and PEJLING_DB_PASSWORD (or use the postgres profile). It will not run on H2.");
        }
        if (embedded && !env.acceptsProfiles(Profiles.of("test"))) {
            log.warn("Pejling runs on the embedded H2 database ({}). Use PostgreSQL in production.", url);
        }
    }
}
