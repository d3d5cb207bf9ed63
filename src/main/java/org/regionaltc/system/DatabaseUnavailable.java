package org.regionaltc.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached (restarted, failed over, the network away) every request that needs it
 * answers 503 with {@code Retry-After}, a page in the reader's language or a problem+json body under /api, rather
 * than a 500 or a sign-in refused; the connection pool recovers by itself when the database is back. This filter
 * comes before every other (security, sessions), because those also read the database and would otherwise turn the
 * failure into a 401 or a 500; failures inside a controller reach {@link ErrorHandling}, which asks
 * {@link #isCause} too and answers the same way, with the layout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

    /** What a client should wait before trying again: a PostgreSQL restart takes a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    DatabaseUnavailable(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * Whether {@code failure} comes from the database being out of reach: no connection to be had, or one broken
     * (SQL state class 08, connection exception) or closed by the server shutting down (57P01–57P03).
     */
    static boolean isCause(@Nullable Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A rollback that failed on the broken connection hides the failure that caused it (Spring Session's
            // lookup of the session, for one): "JDBC rollback failed", caused by "Connection is closed".
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isCause(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("The database cannot be reached: {} {} answered 503 ({})", request.getMethod(),
                request.getRequestURI(), e.toString());
            respond(request, response);
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("error.database.unavailable.title", null, locale);
        String detail = messages.getMessage("error.database.unavailable", null, locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Map.of("status", 503, "title", title, "detail", detail));
        } else {
            // The layout cannot be rendered: it may read the database itself. A page that stands alone.
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</title></head><body><main>"
                + "<h1>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8") + "</p>"
                + "</main></body></html>");
        }
    }
}
