package dk.pejling.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every service reads time from, so that tests can fix it. */
@Configuration
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
