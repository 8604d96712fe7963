package dk.pejling.access;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dk.pejling.testing.PejlingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With the production profile's setting, every answer carries HSTS, even when TLS ends at a proxy. */
@PejlingTest(properties = "pejling.security.hsts=true")
@AutoConfigureMockMvc
class ProductionHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void sendsHstsOnPagesAndApi() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/plans"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
                    .andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")));
        }
    }
}
