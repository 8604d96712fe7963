package dk.pejling;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules keep to their boundaries: no cycles, no reaching into another's internals. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(PejlingApplication.class).verify();
    }
}
