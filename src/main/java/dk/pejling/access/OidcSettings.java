package dk.pejling.access;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through the municipality's identity provider (Entra ID, AD FS, OS2faktor, Keycloak, a
 * KOMBIT broker, …): off unless an issuer and a client id are set. Which claims carry the role and
 * the units, and which claim values give which Pejling role, differ from provider to provider, so
 * they are settings ({@code pejling.oidc.roles.PLANNER=Planlaegger,Pejling-planner}).
 *
 * @param issuer the provider's issuer URL; its {@code /.well-known/openid-configuration} is read on first use
 * @param clientId Pejling's client id at the provider
 * @param clientSecret Pejling's client secret at the provider
 * @param name the provider's name on the sign-in button ("Log ind med …")
 * @param roleClaim the claim that carries role values (a list, or a text separated by commas or spaces)
 * @param roles the claim values that give each role; the strongest role wins
 * @param unitClaim the claim that carries the unit ids of a unit reporter
 * @param usernameClaim the claim that names the account in Pejling
 * @param scopes the scopes asked for at sign-in
 * @param audience when set, the API accepts only JWTs with this audience
 */
@ConfigurationProperties("pejling.oidc")
record OidcSettings(
        @Nullable String issuer,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String name,
        @Nullable String roleClaim,
        @Nullable Map<String, List<String>> roles,
        @Nullable String unitClaim,
        @Nullable String usernameClaim,
        @Nullable List<String> scopes,
        @Nullable String audience) {

    static final String REGISTRATION_ID = "idp";

    boolean enabled() {
        return issuer != null && !issuer.isBlank() && clientId != null && !clientId.isBlank();
    }

    /** The API accepts the provider's JWTs once an issuer is set, even without a client for the pages. */
    boolean jwtEnabled() {
        return issuer != null && !issuer.isBlank();
    }

    String displayName() {
        return name == null || name.isBlank() ? "identitetsudbyder" : name;
    }

    ClaimMapping mapping() {
        return new ClaimMapping(
                roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim,
                roleValues(),
                unitClaim == null || unitClaim.isBlank() ? "units" : unitClaim,
                usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim);
    }

    /**
     * The role mapping by role. Keys are read leniently ({@code UNIT_REPORTER}, {@code unit-reporter},
     * and {@code unit.reporter}, which is what the environment variable
     * {@code PEJLING_OIDC_ROLES_UNIT_REPORTER} becomes); an unknown role stops the start.
     */
    Map<Role, List<String>> roleValues() {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        if (roles != null) {
            roles.forEach((key, values) -> {
                String wanted = key.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
                Role role = Arrays.stream(Role.values())
                        .filter(r -> r.name().replace("_", "").equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("pejling.oidc.roles." + key
                                + " names no Pejling role; use ADMIN, PLANNER, UNIT_REPORTER or READER"));
                byRole.merge(role, List.copyOf(values), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            });
        }
        return byRole;
    }

    List<String> scopesOrDefault() {
        return scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : scopes;
    }
}
