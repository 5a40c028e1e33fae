package io.touchpoint.app.security.internal;

import io.touchpoint.app.security.ApiKeys;
import io.touchpoint.app.security.ApiScope;
import io.touchpoint.app.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. {@code /api/**} and {@code /actuator/**}: stateless, API keys as bearer tokens, answers in problem
 * details, no CSRF (no cookies are involved). Everything else: staff sign in with a form, a session cookie and CSRF
 * tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_ANALYST
                ROLE_ANALYST > ROLE_AGENT
                ROLE_AGENT > ROLE_VIEWER
                SCOPE_admin > SCOPE_read
                SCOPE_admin > SCOPE_ingest
                """);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        String ingest = ApiScope.INGEST.authority();
        String read = ApiScope.READ.authority();
        String admin = ApiScope.ADMIN.authority();
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority(read, admin)
                        .requestMatchers(HttpMethod.POST, "/api/v1/events", "/api/v1/transactions", "/api/v1/imports/**",
                                "/api/v1/customers", "/api/v1/customers/*/consents", "/api/v1/feedback")
                        .hasAuthority(ingest)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/preferences/*").hasAuthority(ingest)
                        .requestMatchers(HttpMethod.GET, "/api/v1/imports/**").hasAnyAuthority(ingest, read)
                        .requestMatchers(HttpMethod.POST, "/api/v1/surveys", "/api/v1/surveys/**").hasAuthority(admin)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/surveys/**").hasAuthority(admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/surveys/*/invitations/**").hasAuthority(admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/surveys/*/mail-sends").hasAuthority(admin)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(read)
                        // Analysing a text stores nothing: a read key may do it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/text/analyze").hasAnyAuthority(read, ingest, admin)
                        .requestMatchers("/api/v1/customers/**").hasAuthority(admin)
                        .anyRequest().hasAuthority(admin));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        String viewer = StaffRole.VIEWER.authority();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/public/**")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // Import error reports hold raw rows with personal data: analysts and admins only.
                        .requestMatchers("/imports", "/imports/**").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.POST, "/touchpoints/**", "/surveys/**").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.POST, "/insights/taxonomy/**").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.POST, "/customers/**", "/feedback/*/corrections").hasRole("AGENT")
                        .anyRequest().hasAuthority(viewer))
                // Unsubscribe links are authorised by their signed token; mail clients post RFC 8058 one-click
                // unsubscribes without a session.
                .csrf(c -> c.ignoringRequestMatchers("/public/unsubscribe/*"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
                                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
