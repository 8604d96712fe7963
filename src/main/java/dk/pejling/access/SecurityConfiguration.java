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
    // Status rounds: unit reporters report and submit (the services confine them to their units' initiatives).
    private static final String[] REPORTERS = {Role.ADMIN.name(), Role.PLANNER.name(), Role.UNIT_REPORTER.name()};
    private static final String[] OVERSEERS = {Role.ADMIN.name(), Role.PLANNER.name(), Role.READER.name()};

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
                        // audit: the trail is for planners and administrators only
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit.csv", "/api/v1/audit/**")
                        .hasAnyRole(EDITORS)
                        // Status rounds
                        .requestMatchers(HttpMethod.POST,
                                "/api/v1/plans/*/rounds/*/initiatives/*/approve",
                                "/api/v1/plans/*/rounds/*/initiatives/*/return")
                        .hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.PUT,
                                "/api/v1/plans/*/rounds/*/initiatives/*/goals/*",
                                "/api/v1/plans/*/rounds/*/initiatives/*/narrative")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/plans/*/rounds/*/initiatives/*/submit")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/plans/*/rounds/*")
                        .hasAnyRole(OVERSEERS)
                        // End of status rounds
                        // The whole installation, accounts and all: administrators only.
                        .requestMatchers("/api/v1/backup", "/api/v1/restore")
                        .hasRole(Role.ADMIN.name())
                        // A unit reporter reaches its own units' work (rounds, reporting), nothing plan-wide.
                        .requestMatchers(HttpMethod.GET, "/api/v1/plans/*", "/api/v1/plans/*/bundle",
                                "/api/v1/plans/*/assessments", "/api/v1/plans/*/documents/**", "/api/v1/plans/*/finance",
                                "/api/v1/plans/*/versions", "/api/v1/search")
                        .hasAnyRole(OVERSEERS)
                        // API tokens are issued, listed and revoked by administrators only.
                        .requestMatchers("/api/v1/api-tokens", "/api/v1/api-tokens/**")
                        .hasRole(Role.ADMIN.name())
                        // Bulk entry and reminders of status rounds (the services confine reporters to their units)
                        .requestMatchers(HttpMethod.GET, "/api/v1/plans/*/rounds/*/template.*")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/plans/*/rounds/*/results")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/plans/*/rounds/*/reminders")
                        .hasAnyRole(OVERSEERS)
                        .requestMatchers("/api/v1/plans/*/rounds/*/reminders", "/api/v1/plans/*/rounds/*/reminders/*",
                                "/api/v1/units/*/contact", "/api/v1/accounts/*/email")
                        .hasAnyRole(EDITORS)
                        // End of bulk entry and reminders
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
                        // The language switch is on every page, the sign-in page too.
                        .requestMatchers(HttpMethod.POST, "/language")
                        .permitAll()
                        // Editing: only planners and administrators see the forms (a grant's too); saving is a POST below.
                        .requestMatchers(HttpMethod.GET, "/plans/new", "/plans/*/edit", "/plans/*/edit/**",
                                "/plans/*/okonomi/puljer/**")
                        .hasAnyRole(EDITORS)
                        // What the public may read: published plans only (PlanVisibility decides which).
                        .requestMatchers(HttpMethod.GET, "/offentlig", "/offentlig/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // The upload form is for those who may upload; readers get 403, not a form that fails.
                        .requestMatchers(HttpMethod.GET, "/plans/upload")
                        .hasAnyRole(EDITORS)
                        // audit: the trail page is for planners and administrators only
                        .requestMatchers(HttpMethod.GET, "/audit")
                        .hasAnyRole(EDITORS)
                        // Status rounds
                        .requestMatchers(HttpMethod.GET, "/rapportering")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/plans/*/runder", "/plans/*/runder/*")
                        .hasAnyRole(OVERSEERS)
                        .requestMatchers(HttpMethod.POST,
                                "/plans/*/runder/*/indsatser/*/godkend",
                                "/plans/*/runder/*/indsatser/*/returner")
                        .hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/plans/*/runder/*/indsatser/*", "/plans/*/runder/*/indsatser/*/**")
                        .hasAnyRole(REPORTERS)
                        // End of status rounds
                        // A unit reporter sees plans trimmed to its units' initiatives, and nothing plan-wide:
                        // no documents, money, bundles or goal histories of the whole plan.
                        .requestMatchers(HttpMethod.GET, "/plans/*/documents", "/plans/*/documents/**", "/plans/*/okonomi",
                                "/plans/*/okonomi/**", "/plans/*/bundle.*", "/plans/*/scenarier", "/plans/*/goals/**",
                                "/plans/*/overblik", "/sog")
                        .hasAnyRole(OVERSEERS)
                        // Bulk entry and reminders of status rounds
                        .requestMatchers(HttpMethod.GET, "/plans/*/runder/*/resultater", "/plans/*/runder/*/skabelon.*")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.POST, "/plans/*/runder/*/resultater")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.POST, "/plans/*/runder/*/paamindelser", "/plans/*/runder/*/paamindelser/**")
                        .hasAnyRole(EDITORS)
                        // End of bulk entry and reminders
                        .requestMatchers(HttpMethod.GET, "/", "/plans", "/plans/**", "/sog")
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
