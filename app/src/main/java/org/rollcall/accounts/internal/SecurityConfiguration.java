package org.rollcall.accounts.internal;

import java.time.Clock;

import org.rollcall.accounts.AccountsProperties;
import org.rollcall.accounts.ApiTokens;
import org.rollcall.accounts.ui.LoginView;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Operations' health on the management port (no login), then three filter chains: the REST API (Bearer API tokens
 * for authority systems, HTTP Basic for staff), provider
 * webhooks (signature-checked by the telephony adapter itself), and the Vaadin UI with a login form. Code here
 * uses the context's SecurityContextHolderStrategy bean (Vaadin's), never the static holder, whose strategy a
 * second application context in the same JVM would replace.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Where a signed-in security context is kept between requests (the request, then the HTTP session). */
    @Bean
    SecurityContextRepository signInContexts() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    @Order(0)
    SecurityFilterChain operationsChain(HttpSecurity http, Environment environment) throws Exception {
        // Health with its components and details is shown without a login, so only on a port of its own (ADR 0015).
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            throw new IllegalStateException("management.server.port must be a port of its own, such as 8081, not "
                    + "the application's server.port: health with its components and details is shown there without "
                    + "a login (ADR 0015); use -1 to serve no actuator endpoint over HTTP");
        }
        // With a management port of its own, EndpointRequest matches only requests that arrive on it. On the main
        // port: the status-only probes /livez and /readyz, and a plain 404 for /actuator/** (not a login page, which
        // a check that follows redirects would take for a healthy answer).
        RequestMatcher endpoints = EndpointRequest.toAnyEndpoint();
        RequestMatcher probes = EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, "health");
        return http.securityMatcher(new OrRequestMatcher(endpoints, probes,
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.api())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .authorizeHttpRequests(a -> a.requestMatchers(endpoints, probes).permitAll().anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, SecurityContextHolderStrategy contexts,
                                 AccountsProperties accounts) throws Exception {
        staffBasic(http, accounts);
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.api())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenFilter(tokens, contexts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiTokenFilter::unauthorised)
                        .accessDeniedHandler(ApiTokenFilter::forbidden))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/attendance", "/api/v1/children", "/api/v1/marks",
                                "/api/v1/absences", "/api/v1/exclusions", "/api/v1/statistics").hasRole("API")
                        .requestMatchers("/api/v1/calls/**", "/api/v1/recordings/**")
                        .hasAnyRole("QA", "ADMIN", "SUPERVISOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasRole("AUTHORITY")
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain liveEventsChain(HttpSecurity http, ApiTokens tokens, SecurityContextHolderStrategy contexts,
                                        AccountsProperties accounts) throws Exception {
        // STOMP clients: a browser brings its session; other systems a Bearer API token or staff HTTP Basic.
        staffBasic(http, accounts);
        return http.securityMatcher("/ws/**")
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.api())
                .addFilterBefore(new ApiTokenFilter(tokens, contexts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiTokenFilter::unauthorised))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .build();
    }

    /**
     * Staff HTTP Basic, unless switched off: Basic carries the password and no second code, so with it on a
     * password alone reaches the staff API (ADR 0021). The lockout applies to it as to the login form.
     */
    private static void staffBasic(HttpSecurity http, AccountsProperties accounts) throws Exception {
        if (accounts.basicAuth()) {
            http.httpBasic(basic -> basic.realmName("Rollcall").authenticationEntryPoint(ApiTokenFilter::unauthorised));
        }
    }

    @Bean
    @Order(3)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        // Twilio cannot sign in; every webhook is checked against its X-Twilio-Signature instead.
        return http.securityMatcher("/telephony/twilio/**")
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.api())
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiTokenFilter::unauthorised))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/telephony/twilio/token").hasRole("OPERATOR")
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests, SecondFactors secondFactors,
                                SecurityContextHolderStrategy contexts, SecurityContextRepository signInContexts,
                                Clock clock, AccountsProperties accounts, DisabledSessions disabled)
            throws Exception {
        // Vaadin's configurer denies every request it does not know, so the review screen's audio element needs
        // its recordings URL let through here (RecordingPlayback checks the role again and audits).
        http.headers(SecurityHeaders.ui());
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers("/recordings/**").hasAnyRole("QA", "ADMIN", "SUPERVISOR"));
        // Addresses that are no route reach Vaadin when signed in, so its "Page not found" shows inside the shell;
        // Vaadin's default (deny) would answer them with a bare 403 before Vaadin could.
        // Login CSRF: Vaadin's own CSRF set-up exempts the login address, so another site could sign a browser in
        // as the attacker. Here only Vaadin's internal requests (which carry Vaadin's own CSRF key) are exempt; the
        // login form sends Spring's token, which Vaadin puts in the page's <meta name="_csrf"> (ADR 0021).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SessionAge(clock, accounts.maxSessionAge(), vaadinRequests::isFrameworkInternalRequest),
                SecurityContextHolderFilter.class);
        // An administrator disabled the user: their open session ends at its next request (ADR 0042).
        http.addFilterBefore(disabled.filter(vaadinRequests::isFrameworkInternalRequest),
                SecurityContextHolderFilter.class);
        // After the password, users who need a second factor go to the code step instead of being signed in.
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new SecondFactorStep(secondFactors, contexts, signInContexts, clock));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizedUrl::authenticated)).build();
    }
}
