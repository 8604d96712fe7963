package dk.pejling.access;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * How people and systems sign in, kept apart from the access rules in
 * {@link SecurityConfiguration}: on the pages a form for local accounts, the identity provider
 * (OIDC) when configured, throttling of failed passwords and "log ud overalt"; on the API HTTP
 * Basic for local accounts and bearer tokens (API tokens and the provider's JWTs).
 */
@Configuration
@EnableConfigurationProperties(OidcSettings.class)
class SignInConfigurer {

    private final OidcSettings oidc;
    private final AccountService accounts;
    private final ApiTokenService tokens;

    SignInConfigurer(OidcSettings oidc, AccountService accounts, ApiTokenService tokens) {
        this.oidc = oidc;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    void pages(HttpSecurity http) throws Exception {
        http.formLogin(f -> f.loginPage("/login")
                .defaultSuccessUrl("/plans", true)
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                        + (e instanceof SignInThrottledException throttled
                                ? "/login?throttled=" + throttled.minutes()
                                : "/login?error")))
                .permitAll());
        if (oidc.enabled()) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .clientRegistrationRepository(new LazyClientRegistrations(oidc))
                    .userInfoEndpoint(u -> u.oidcUserService(new ExternalSignIn(oidc.mapping(), accounts)))
                    .defaultSuccessUrl("/plans", true)
                    .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                            + (e instanceof OAuth2AuthenticationException o2
                                            && ExternalSignIn.NO_ROLE.equals(o2.getError().getErrorCode())
                                    ? "/login?no-role"
                                    : "/login?external-error"))));
        }
        http.addFilterBefore(new SessionsValidAfterFilter(accounts), AuthorizationFilter.class);
    }

    void api(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        BearerAuthentication bearer = new BearerAuthentication(tokens, accounts, oidc);
        http.httpBasic(b -> b.authenticationEntryPoint(problems))
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }
}
