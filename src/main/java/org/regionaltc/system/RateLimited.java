package org.regionaltc.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's side of {@link RateLimits}, in its security chain once the caller is known: a request over the
 * client's limit is answered 429 with {@code Retry-After} and a problem body in the caller's language.
 */
final class RateLimited extends OncePerRequestFilter {

    private final RateLimits limits;
    private final List<String> trustedProxies;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RateLimited(RateLimits limits, List<String> trustedProxies, MessageSource messages, LocaleResolver locales,
            JsonMapper json) {
        this.limits = limits;
        this.trustedProxies = trustedProxies;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String username = caller == null || caller instanceof AnonymousAuthenticationToken
            || !caller.isAuthenticated() ? null : caller.getName();
        RateLimits.Refusal refusal = limits.take(username, ClientAddress.of(request, trustedProxies),
            System.nanoTime());
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        String detail = messages.getMessage("limits.rate", new Object[] {refusal.requestsPerSecond(),
            refusal.burst(), refusal.retryAfterSeconds()}, "limits.rate", locales.resolveLocale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.setProperty("retryAfter", refusal.retryAfterSeconds());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        json.writeValue(response.getOutputStream(), problem);
    }
}
