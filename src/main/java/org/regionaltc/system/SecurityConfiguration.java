package org.regionaltc.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what: each feature declares its routes in an {@link AccessRules} bean. A registered route that no
 * rule names is refused, while a path that maps to nothing passes through to the 404 page.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/", "/login"};
    private static final String[] STATIC = {
        "/css/**", "/js/**", "/img/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
        "/swagger-ui.html", "/error"
    };

    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final List<AccessRules> features;
    private final SecuritySettings settings;

    SecurityConfiguration(ApplicationEventPublisher events, JsonMapper json, List<AccessRules> features,
            SecuritySettings settings) {
        this.events = events;
        this.json = json;
        this.features = features;
        this.settings = settings;
    }

    /** Sign-in details carry the client address the LoginThrottle counts failures for. */
    private AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> clientDetails() {
        return request -> {
            HttpSession session = request.getSession(false);
            return new WebAuthenticationDetails(ClientAddress.of(request, settings.trustedProxies()),
                session == null ? null : session.getId());
        };
    }

    /**
     * Which sessions each account has, for ending them (SessionExpiry) and for the expired-session check: read from
     * the session table where sessions live in the database (PostgreSQL, any node), kept in memory otherwise.
     */
    @Bean
    static SessionRegistry sessionRegistry(
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> databaseSessions) {
        FindByIndexNameSessionRepository<? extends Session> shared = databaseSessions.getIfAvailable();
        return shared != null ? new SpringSessionBackedSessionRegistry<>(shared) : new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep them forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_OFFICER");
    }

    /** The REST API and actuator: HTTP Basic, no session, so no cookie that a cross-site request could ride on. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApplicationContext context, RateLimits rateLimits,
            org.springframework.context.MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) throws Exception {
        return http
            .securityMatcher("/api/**", "/actuator/**")
            // Once the caller is known (a username, or anonymous and so an address), before any work is done.
            .addFilterAfter(new RateLimited(rateLimits, settings.trustedProxies(), messages, locales, json),
                org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
            .authorizeHttpRequests(a -> {
                a.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                    .requestMatchers("/actuator/**").hasRole("ADMIN");
                features.forEach(f -> f.api(a));
                a.anyRequest().access(new UnmappedRoutes(context));
            })
            .httpBasic(b -> b.realmName("regional-tc").authenticationEntryPoint(jsonUnauthorized())
                .authenticationDetailsSource(clientDetails()))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized()).accessDeniedHandler(deniedHandler()))
            .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ApplicationContext context, SessionRegistry sessionRegistry)
            throws Exception {
        return http
            .authorizeHttpRequests(a -> {
                a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                    .requestMatchers(HttpMethod.GET, STATIC).permitAll()
                    .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll();
                features.forEach(f -> f.web(a));
                a.anyRequest().access(new UnmappedRoutes(context));
            })
            .formLogin(f -> f.loginPage("/login").authenticationDetailsSource(clientDetails())
                .failureHandler(signInFailed()).permitAll())
            .logout(l -> l.logoutSuccessUrl("/?logout").permitAll())
            .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"))
            .headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            .exceptionHandling(e -> e.authenticationEntryPoint(audited(new LoginUrlAuthenticationEntryPoint("/login")))
                .accessDeniedHandler(deniedHandler()))
            .build();
    }

    private AccessDeniedHandler deniedHandler() {
        return (request, response, exception) -> {
            events.publishEvent(new AccessDenied(SignedInUser.actorName(), request.getMethod(), pathOf(request)));
            if (isApi(request)) {
                writeJson(response, HttpStatus.FORBIDDEN, "You do not have the rights to " + request.getMethod()
                    + " " + pathOf(request));
            } else {
                // A forward, not sendError: the error page is rendered while the signed-in user is still known.
                request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.FORBIDDEN.value());
                request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
                response.setStatus(HttpStatus.FORBIDDEN.value());
                request.getRequestDispatcher("/error").forward(request, response);
            }
        };
    }

    /** A refused anonymous request is audited (rate-limited there, see audit.AnonymousRefusals) before the answer. */
    private AuthenticationEntryPoint audited(AuthenticationEntryPoint entryPoint) {
        return (request, response, exception) -> {
            events.publishEvent(new AnonymousRequestRefused(ClientAddress.of(request, settings.trustedProxies()),
                request.getMethod(), pathOf(request)));
            entryPoint.commence(request, response, exception);
        };
    }

    /** A sign-in that failed because the database is away is not a wrong password: DatabaseUnavailable answers. */
    private static AuthenticationFailureHandler signInFailed() {
        AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (DatabaseUnavailable.isCause(exception)) {
                throw new ServletException(exception);
            }
            wrongCredentials.onAuthenticationFailure(request, response, exception);
        };
    }

    private AuthenticationEntryPoint jsonUnauthorized() {
        return audited((request, response, exception) -> {
            if (DatabaseUnavailable.isCause(exception)) {
                throw new ServletException(exception);
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"regional-tc\"");
            writeJson(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic to use this endpoint: "
                + exception.getMessage());
        });
    }

    private void writeJson(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(),
            Map.of("status", status.value(), "title", status.getReasonPhrase(), "detail", detail));
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/") || pathOf(request).startsWith("/actuator/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
