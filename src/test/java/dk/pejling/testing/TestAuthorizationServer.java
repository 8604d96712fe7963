package dk.pejling.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect identity provider in the test JVM: Spring Authorization Server on a random
 * port of 127.0.0.1 (not localhost, so that its session cookie and Pejling's never meet), with a
 * login page, a client for Pejling's pages and one for a system calling the API, and users whose
 * tokens carry role and unit claims the way a municipality's provider would.
 */
public final class TestAuthorizationServer implements AutoCloseable {

    public static final String CLIENT_ID = "pejling";
    public static final String CLIENT_SECRET = "pejling-secret";
    public static final String API_CLIENT_ID = "fagsystem";
    public static final String API_CLIENT_SECRET = "fagsystem-secret";
    public static final String PASSWORD = "kodeord-1";

    /** The claims each user's tokens carry, by user name. */
    public static final Map<String, Map<String, Object>> USERS = Map.of(
            "mette.enhed", Map.of("name", "Mette Enhed", "roles", List.of("Medarbejder", "Pejling-Enhed"),
                    "units", List.of("jc-musvaagevej")),
            "peter.planlaegger", Map.of("name", "Peter Planlægger", "roles", List.of("Planlaegger"),
                    "units", List.of()),
            "uden.rolle", Map.of("name", "Uden Rolle", "roles", List.of("Medarbejder"), "units", List.of()));

    /** The claims of the API client's tokens (client credentials). */
    public static final Map<String, Object> API_CLIENT_CLAIMS =
            Map.of("roles", "Planlaegger", "preferred_username", "fagsystem");

    /** Where Pejling wants the browser back; known only once Pejling has its port. */
    private static final AtomicReference<String> REDIRECT_URI = new AtomicReference<>("http://localhost/login/oauth2/code/idp");

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestAuthorizationServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static TestAuthorizationServer start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Config.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "spring.config.name=pejling-test-authorization-server",
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "logging.level.org.springframework.security=" + System.getProperty("idp.log", "WARN"),
                        "spring.application.name=test-authorization-server",
                        "management.endpoints.enabled-by-default=false")
                .run();
        return new TestAuthorizationServer(context);
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    public String tokenUri() {
        return issuer() + "/oauth2/token";
    }

    /** Tells the provider where Pejling (at this base URL) takes the browser back. */
    public void redirectTo(String pejlingBaseUrl) {
        REDIRECT_URI.set(pejlingBaseUrl + "/login/oauth2/code/idp");
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Deliberately not a {@code @Configuration}: Pejling's component scan covers dk.pejling, test
     * classes included, and must not pick up the provider's beans. As the application's source it
     * is read all the same.
     */
    @EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class Config {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http, JWKSource<SecurityContext> keys) throws Exception {
            http.oauth2AuthorizationServer(as -> {
                        http.securityMatcher(as.getEndpointsMatcher());
                        as.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    // The user info endpoint takes the access token.
                    .oauth2ResourceServer(rs -> rs.jwt(j -> j.decoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(keys))));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(USERS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // The server saves a client to upgrade the encoding of its secret; these clients stay as they are.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return findByClientId(id);
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    if (CLIENT_ID.equals(clientId)) {
                        return RegisteredClient.withId(CLIENT_ID)
                                .clientId(CLIENT_ID)
                                .clientSecret("{noop}" + CLIENT_SECRET)
                                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                                .redirectUri(REDIRECT_URI.get())
                                .scope(OidcScopes.OPENID)
                                .scope(OidcScopes.PROFILE)
                                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                                .build();
                    }
                    if (API_CLIENT_ID.equals(clientId)) {
                        return RegisteredClient.withId(API_CLIENT_ID)
                                .clientId(API_CLIENT_ID)
                                .clientSecret("{noop}" + API_CLIENT_SECRET)
                                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                .scope("pejling")
                                .build();
                    }
                    return null;
                }
            };
        }

        /** Role and unit claims in the ID token and the access token, as the municipality's provider sends them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> roleAndUnitClaims() {
            return context -> {
                boolean idToken = "id_token".equals(context.getTokenType().getValue());
                boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
                if (!idToken && !accessToken) {
                    return;
                }
                if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                    API_CLIENT_CLAIMS.forEach((k, v) -> context.getClaims().claim(k, v));
                    return;
                }
                String user = context.getPrincipal().getName();
                Map<String, Object> claims = USERS.getOrDefault(user, Map.of());
                claims.forEach((k, v) -> context.getClaims().claim(k, v));
                context.getClaims().claim("preferred_username", user);
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
