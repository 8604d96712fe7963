package dk.pejling.access;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * {@code Authorization: Bearer …} on the API: an API token an administrator issued (it starts
 * with {@code pejling_}), or a JWT from the identity provider, whose claims are mapped to a role
 * and units just as at sign-in on the pages.
 */
class BearerAuthentication implements AuthenticationManager {

    private final ApiTokenService tokens;
    private final AccountService accounts;
    private final @Nullable JwtAuthenticationProvider jwt;

    BearerAuthentication(ApiTokenService tokens, AccountService accounts, OidcSettings settings) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.jwt = settings.jwtEnabled() ? jwtProvider(settings) : null;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(ApiTokenService.PREFIX)) {
            ApiTokenService.TokenHolder holder = tokens.use(token)
                    .orElseThrow(() -> new InvalidBearerTokenException("The API token is unknown or revoked."));
            return new ApiTokenAuthentication(
                    holder.owner(), holder.tokenId(), Authorities.of(holder.role(), accounts.units(holder.owner())));
        }
        if (jwt == null) {
            throw new InvalidBearerTokenException("The bearer token is not an API token of this installation.");
        }
        return jwt.authenticate(authentication);
    }

    private static JwtAuthenticationProvider jwtProvider(OidcSettings settings) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(new LazyJwtDecoder(settings));
        ClaimMapping mapping = settings.mapping();
        provider.setJwtAuthenticationConverter(source -> {
            Role role = mapping.role(source.getClaims())
                    .orElseThrow(() -> new InvalidBearerTokenException("The token's claims give no Pejling role."));
            return new JwtAuthenticationToken(
                    source,
                    Authorities.of(role, mapping.units(source.getClaims())),
                    mapping.username(source.getClaims(), source.getSubject()));
        });
        return provider;
    }

    /**
     * Reads the provider's discovery document and keys on the first JWT, not at start-up, so that
     * Pejling starts while the provider is unreachable; a failed read is tried again on the next JWT.
     */
    static final class LazyJwtDecoder implements JwtDecoder {

        private final OidcSettings settings;
        private volatile @Nullable JwtDecoder decoder;

        LazyJwtDecoder(OidcSettings settings) {
            this.settings = settings;
        }

        @Override
        public Jwt decode(String token) {
            JwtDecoder known = decoder;
            if (known == null) {
                known = build();
                decoder = known;
            }
            return known.decode(token);
        }

        private JwtDecoder build() {
            String issuer = java.util.Objects.requireNonNull(settings.issuer());
            NimbusJwtDecoder built;
            try {
                built = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            } catch (RuntimeException e) {
                throw new BadJwtException("The identity provider at " + issuer + " could not be reached.", e);
            }
            List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
            validators.add(JwtValidators.createDefaultWithIssuer(issuer));
            String audience = settings.audience();
            if (audience != null && !audience.isBlank()) {
                validators.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
            }
            built.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
            return built;
        }
    }

    /** A call made with an API token, in the name of the token's owner. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

        private final String owner;
        private final long tokenId;

        ApiTokenAuthentication(String owner, long tokenId, List<GrantedAuthority> authorities) {
            super(authorities);
            this.owner = owner;
            this.tokenId = tokenId;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return owner;
        }

        long tokenId() {
            return tokenId;
        }
    }
}
