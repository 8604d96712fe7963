package dk.pejling.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The access rules. The API signs in with HTTP Basic or a bearer token and answers 401/403/429 as
 * problem details; the pages sign in with a form or the identity provider and keep a session with
 * CSRF protection. How sign-in works is in {@link SignInConfigurer}, the common headers in
 * {@link SecurityHeaders}. What is not named is denied to all but planners and administrators
 * (on the pages: administrators).
 */
@Configuration
class SecurityConfiguration {

    private static final String[] EDITORS = {Role.ADMIN.name(), Role.PLANNER.name()};

    /** bcrypt at strength 10 by default; tests lower it, since every HTTP Basic call checks the hash. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${pejling.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ProblemAuthenticationEntryPoint problems, SignInConfigurer signIn, SecurityHeaders headers)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/schema/**", "/api/v1/openapi.json")
                        .permitAll()
                        // API tokens are issued, listed and revoked by administrators only.
                        .requestMatchers("/api/v1/api-tokens", "/api/v1/api-tokens/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .anyRequest()
                        .hasAnyRole(EDITORS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        signIn.api(http, problems);
        http.headers(headers::apply);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInConfigurer signIn, SecurityHeaders headers) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // The upload form is for those who may upload; readers get 403, not a form that fails.
                        .requestMatchers(HttpMethod.GET, "/plans/upload")
                        .hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.GET, "/", "/plans", "/plans/**")
                        .authenticated()
                        // One's own account: who one is signed in as, and "log ud overalt".
                        .requestMatchers("/account", "/account/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/plans/**")
                        .hasAnyRole(EDITORS)
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                                        + "frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        signIn.pages(http);
        http.headers(headers::apply);
        return http.build();
    }
}
