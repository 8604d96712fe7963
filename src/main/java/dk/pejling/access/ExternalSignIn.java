package dk.pejling.access;

import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in by the identity provider becomes a Pejling account: the claims are mapped to
 * a role and units, and the account is created or updated to match (the provider is the source of
 * truth for the role). Without a mapped role the sign-in is refused.
 */
class ExternalSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code the sign-in page turns into "your account gives no access". */
    static final String NO_ROLE = "pejling_no_role";

    private final OidcUserService delegate = new OidcUserService();
    private final ClaimMapping mapping;
    private final AccountService accounts;

    ExternalSignIn(ClaimMapping mapping, AccountService accounts) {
        this.mapping = mapping;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Map<String, Object> claims = user.getClaims();
        Role role = mapping.role(claims)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(NO_ROLE, "No claim value maps to a Pejling role", null)));
        List<String> units = mapping.units(claims);
        String issuer = String.valueOf(user.getIssuer());
        String displayName = user.getFullName() != null && !user.getFullName().isBlank()
                ? user.getFullName()
                : mapping.username(claims, user.getSubject());
        String username = accounts.signInExternal(
                new ExternalIdentity(issuer, user.getSubject(), mapping.username(claims, user.getSubject()), displayName),
                role,
                units);
        // An administrator may have disabled the account in Pejling, whatever the provider says.
        if (accounts.sessionState(username).map(state -> !state.enabled()).orElse(true)) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE, "The Pejling account is disabled", null));
        }
        return new SignedInOidcUser(user, username, role, units);
    }

    /** The provider's user under the name of their Pejling account, with the mapped authorities. */
    static final class SignedInOidcUser extends DefaultOidcUser {

        private final String username;

        SignedInOidcUser(OidcUser user, String username, Role role, List<String> units) {
            super(Authorities.of(role, units), user.getIdToken(), user.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignedInOidcUser other && other.username.equals(username) && super.equals(o);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
