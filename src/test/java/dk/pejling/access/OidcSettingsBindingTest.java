package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The identity provider's settings as an operator writes them: environment variables, as in the README. */
class OidcSettingsBindingTest {

    @Test
    void bindsTheRoleMappingFromEnvironmentVariablesIncludingTheUnitReporterRole() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "PEJLING_OIDC_ISSUER", "https://login.example.dk/realms/kommune",
                "PEJLING_OIDC_CLIENT_ID", "pejling",
                "PEJLING_OIDC_NAME", "Kommunens login",
                "PEJLING_OIDC_ROLE_CLAIM", "groups",
                "PEJLING_OIDC_ROLES_PLANNER", "Planlaegger,Pejling-planner",
                "PEJLING_OIDC_ROLES_UNIT_REPORTER", "Enhedsrapportoer",
                "PEJLING_OIDC_UNIT_CLAIM", "enheder")));

        OidcSettings settings = new Binder(ConfigurationPropertySources.from(sources))
                .bind("pejling.oidc", OidcSettings.class)
                .get();

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.displayName()).isEqualTo("Kommunens login");
        ClaimMapping mapping = settings.mapping();
        assertThat(mapping.role(Map.of("groups", List.of("Pejling-planner")))).contains(Role.PLANNER);
        assertThat(mapping.role(Map.of("groups", List.of("Enhedsrapportoer")))).contains(Role.UNIT_REPORTER);
        assertThat(mapping.units(Map.of("enheder", List.of("jc-1")))).containsExactly("jc-1");
    }

    @Test
    void isOffWithoutAnIssuer() {
        OidcSettings settings = new OidcSettings(null, "pejling", null, null, null, null, null, null, null, null);
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.jwtEnabled()).isFalse();
    }
}
