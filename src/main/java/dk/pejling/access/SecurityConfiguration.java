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
                        .requestMatchers(HttpMethod.GET, "/", "/plans", "/plans/**", "/sog")
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
