package org.regionaltc.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than its route allows with 413 before anything reads it: by its Content-Length, or,
 * for a body sent in chunks, by counting what is read and stopping at the limit ({@link TooLarge}). Runs before
 * Spring Security, whose CSRF check would otherwise read a form's body first.
 */
final class BodyLimits extends OncePerRequestFilter {

    /** Routes whose body is a whole file rather than a form or a JSON document. */
    static final List<String> IMPORT_ROUTES = List.of("/api/ledger-entries/import", "/api/exchange-rates/import",
        "/api/optimizer/solve");

    private final LimitSettings settings;
    private final DataSize upload;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    BodyLimits(LimitSettings settings, DataSize upload, MessageSource messages, LocaleResolver locales,
            JsonMapper json) {
        this.settings = settings;
        this.upload = upload;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** What a route takes: an upload (multipart) the multipart limit, an imported file its own, anything else less. */
    DataSize limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return upload;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return IMPORT_ROUTES.contains(path) ? settings.importBody() : settings.body();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limitFor(request);
        long length = request.getContentLengthLong();
        if (length > limit.toBytes()) {
            refuse(request, response, limit);
            return;
        }
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(chunked ? new Counted(request, limit) : request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
            throws IOException {
        String detail = messages.getMessage("limits.body", new Object[] {describe(limit)}, "limits.body",
            locales.resolveLocale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
            problem.setProperty("limit", limit.toBytes());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            // The unread body is not worth reading to keep the connection: the client opens another.
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        request.setAttribute(ErrorHandling.DETAIL, detail);
        response.setHeader("Connection", "close");
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
    }

    /** A size as people read it: 1 MB, 50 MB, 512 KB. */
    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    /** Read past the limit of its route: answered 413 by {@link ErrorHandling}, wherever the reader was. */
    static final class TooLarge extends IOException {
        private final DataSize limit;

        TooLarge(DataSize limit) {
            super("The request body is larger than " + describe(limit));
            this.limit = limit;
        }

        DataSize limit() {
            return limit;
        }
    }

    /** A body without Content-Length (chunked), counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final DataSize limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counting(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final DataSize limit;
        private long read;

        Counting(ServletInputStream in, DataSize limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit.toBytes()) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
