package dk.pejling.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.PejlingApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProductionOnH2Test {

    @Test
    void refusesToStartTheProductionProfileOnTheEmbeddedDatabase() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PejlingApplication.class)
                        .profiles("production")
                        .web(WebApplicationType.NONE)
                        .properties("spring.datasource.url=jdbc:h2:mem:refused;MODE=PostgreSQL")
                        .run())
                .hasMessageContaining("The production profile needs PostgreSQL");
    }
}
