package dk.pejling.access;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the sign-in page offers besides user name and password: the identity provider, if configured. */
@Component
public class SignInOptions {

    private final OidcSettings settings;

    SignInOptions(OidcSettings settings) {
        this.settings = settings;
    }

    /** The identity provider's name for "Log ind med …", when sign-in through it is on. */
    public Optional<String> identityProvider() {
        return settings.enabled() ? Optional.of(settings.displayName()) : Optional.empty();
    }

    /** Where the button sends the browser to begin sign-in at the identity provider. */
    public String identityProviderPath() {
        return "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;
    }
}
