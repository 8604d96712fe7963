package dk.pejling.access;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The identity provider as an OAuth2 client registration, read from its discovery document on the
 * first sign-in rather than at start-up: Pejling starts (and local accounts can sign in) while the
 * provider is unreachable, and a failed read is tried again on the next sign-in.
 */
class LazyClientRegistrations implements ClientRegistrationRepository {

    private final OidcSettings settings;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    LazyClientRegistrations(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        ClientRegistration read = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(OidcSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret() == null ? "" : settings.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(settings.scopesOrDefault())
                .clientName(settings.displayName())
                .userNameAttributeName("sub")
                .build();
        registration.compareAndSet(null, read);
        return registration.get();
    }
}
