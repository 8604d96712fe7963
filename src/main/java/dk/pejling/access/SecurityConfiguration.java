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
 * The access rules. The API signs in with HTTP Basic and answers 401/403 as problem details; the
 * pages sign in with a form and keep a session with CSRF protection. What is not named is denied
 * to all but planners and administrators.
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
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/schema/**", "/api/v1/openapi.json")
                        .permitAll()
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
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // The upload form is for those who may upload; readers get 403, not a form that fails.
                        .requestMatchers(HttpMethod.GET, "/plans/upload")
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
                        // Bulk entry and reminders of status rounds
                        .requestMatchers(HttpMethod.GET, "/plans/*/runder/*/resultater", "/plans/*/runder/*/skabelon.*")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.POST, "/plans/*/runder/*/resultater")
                        .hasAnyRole(REPORTERS)
                        .requestMatchers(HttpMethod.POST, "/plans/*/runder/*/paamindelser", "/plans/*/runder/*/paamindelser/**")
                        .hasAnyRole(EDITORS)
                        // End of bulk entry and reminders
                        .requestMatchers(HttpMethod.GET, "/", "/plans", "/plans/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/plans/**")
                        .hasAnyRole(EDITORS)
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/plans", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                                        + "frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
