package org.regionaltc.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;

/** Turns failures into a page for people and a problem+json body under /api, naming what was wrong. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    /** The request attribute a filter that answers by itself ({@link BodyLimits}) leaves its detail in. */
    static final String DETAIL = "detail";
    /** At most this many errors go into an answer; the rest are counted ({@code moreErrors}). */
    public static final int REPORTED_ERRORS = 100;

    /** The bounds {@link InputBinding} refuses in JSON, worded in the caller's language. */
    private static final Map<String, String> LIMITS = Map.of(InputLimits.DATE_MESSAGE, "input.date",
        InputLimits.AMOUNT_MESSAGE, "input.amount", InputLimits.NULL_CHARACTER_MESSAGE, "input.text");

    private final LayoutAdvice layout;
    private final MessageSource messages;

    private final org.springframework.util.unit.DataSize upload;

    ErrorHandling(LayoutAdvice layout, MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:50MB}")
            org.springframework.util.unit.DataSize upload) {
        this.layout = layout;
        this.messages = messages;
        this.upload = upload;
    }

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof NotFound n ? (n.code() == null ? n.getMessage() : words(n.code(), n.arguments()))
            : words("problem.noPage", request.getRequestURI());
        return respond(request, response, HttpStatus.NOT_FOUND, detail, List.of());
    }

    @ExceptionHandler(Conflict.class)
    Object conflict(Conflict e, HttpServletRequest request, HttpServletResponse response) {
        if (e.reason() != null) {
            List<InputErrors.Shown> shown = InputErrors.shown(List.of(e.reason()), messages,
                LocaleContextHolder.getLocale());
            InputErrors.Shown reason = shown.getFirst();
            return respond(request, response, HttpStatus.CONFLICT,
                reason.field().isEmpty() ? reason.message() : reason.field() + ": " + reason.message(),
                reason.field().isEmpty() ? List.of() : shown);
        }
        return respond(request, response, HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    /** A database constraint that validation did not foresee is the caller's conflict, not a server fault. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object constraint(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT,
            words("problem.constraint"), List.of());
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request, HttpServletResponse response) {
        List<InputErrors.Shown> shown = InputErrors.shown(e.errors().size() > REPORTED_ERRORS
            ? e.errors().subList(0, REPORTED_ERRORS) : e.errors(), messages, LocaleContextHolder.getLocale());
        return respond(request, response, HttpStatus.BAD_REQUEST, shown.stream().limit(10)
            .map(s -> s.field() + ": " + s.message()).collect(java.util.stream.Collectors.joining("; ")), shown,
            e.errors().size() - shown.size());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request, HttpServletResponse response) {
        List<org.springframework.validation.FieldError> all = e.getBindingResult().getFieldErrors();
        List<InputErrors.Shown> errors = all.stream().limit(REPORTED_ERRORS)
            .map(f -> new InputErrors.Shown(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
            .toList();
        return respond(request, response, HttpStatus.BAD_REQUEST, words("problem.fields", String.join(", ",
            errors.stream().map(InputErrors.Shown::field).distinct().limit(10).toList())), errors,
            all.size() - errors.size());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request,
            HttpServletResponse response) {
        List<InputErrors.Shown> errors = e.getParameterValidationResults().stream()
            .flatMap(r -> r.getResolvableErrors().stream().map(err -> new InputErrors.Shown(
                r.getMethodParameter().getParameterName() == null ? "parameter"
                    : r.getMethodParameter().getParameterName(), String.valueOf(err.getDefaultMessage()))))
            .toList();
        return respond(request, response, HttpStatus.BAD_REQUEST, words("problem.parameters"), errors);
    }

    /** Constraints on the parameters of a {@code @Validated} controller, e.g. {@code @Min(1) int limit}. */
    @ExceptionHandler(ConstraintViolationException.class)
    Object violated(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response) {
        List<InputErrors.Shown> errors = e.getConstraintViolations().stream()
            .map(v -> {
                String path = v.getPropertyPath().toString();
                return new InputErrors.Shown(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
            })
            .toList();
        return respond(request, response, HttpStatus.BAD_REQUEST, words("problem.parameters"), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) {
        String type = e.getRequiredType() == null ? "" : e.getRequiredType().getName();
        String message = messages.getMessage(new DefaultMessageSourceResolvable(
            new String[] {"typeMismatch." + e.getName(), "typeMismatch." + type, "typeMismatch"}, null,
            "cannot be read"), LocaleContextHolder.getLocale());
        return respond(request, response, HttpStatus.BAD_REQUEST, words("problem.value", e.getName()),
            List.of(new InputErrors.Shown(e.getName(), message)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof BodyLimits.TooLarge tooLarge) {
                return tooLarge(tooLarge, request, response);
            }
        }
        // The most specific cause is often a DateTimeException without the path; the JacksonException around it has it.
        @Nullable JacksonException json = null;
        for (Throwable t = e.getCause(); t != null && json == null; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                json = j;
            }
        }
        if (json != null) {
            String field = json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            String original = json.getOriginalMessage().lines().findFirst().orElse("cannot be read");
            String message = messages.getMessage(LIMITS.getOrDefault(original, "-"), null, original,
                LocaleContextHolder.getLocale());
            return respond(request, response, HttpStatus.BAD_REQUEST, words("problem.value", field),
                List.of(new InputErrors.Shown(field, message)));
        }
        return respond(request, response, HttpStatus.BAD_REQUEST, words("problem.json"), List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Connection", "close");
        // Tomcat does not always say which limit an upload passed (-1): the request's, as configured, then.
        return respond(request, response, HttpStatus.CONTENT_TOO_LARGE, words("limits.upload", BodyLimits.describe(
            e.getMaxUploadSize() > 0 ? org.springframework.util.unit.DataSize.ofBytes(e.getMaxUploadSize()) : upload)),
            List.of());
    }

    /** A body sent in chunks that went past its route's limit while it was read. */
    @ExceptionHandler(BodyLimits.TooLarge.class)
    Object tooLarge(BodyLimits.TooLarge e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Connection", "close");
        return respond(request, response, HttpStatus.CONTENT_TOO_LARGE,
            words("limits.body", BodyLimits.describe(e.limit())), List.of());
    }

    /** A body of a type the endpoint does not read, e.g. text/plain sent to a CSV import (which a foreign form can). */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) {
        String expected = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
            .collect(java.util.stream.Collectors.joining(", "));
        e.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        return respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, words("limits.mediaType",
            String.valueOf(e.getContentType()), expected), List.of(new InputErrors.Shown("Content-Type",
                words("limits.mediaType.field", expected))));
    }

    /**
     * Whatever else fails answers the layout's error page (or problem+json) rather than the servlet container's,
     * which would have lost the signed-in user; Spring's own exceptions keep the status they carry.
     * Access and sign-in failures go on to Spring Security, which answers them.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("The database cannot be reached: {} {} answered 503 ({})", request.getMethod(),
                request.getRequestURI(), e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            return respond(request, response, HttpStatus.SERVICE_UNAVAILABLE, words("error.database.unavailable"),
                List.of());
        }
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            known.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            // A detail given as a message code (an ErrorResponseException's) is worded in the reader's language.
            return respond(request, response, status,
                known.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail(), List.of());
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR, null, List.of());
    }

    /** A fixed part of an answer, in the reader's language (the page's, or the API call's Accept-Language). */
    private String words(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            @Nullable String detail, List<InputErrors.Shown> errors) {
        return respond(request, response, status, detail, errors, 0);
    }

    /** {@code errors} are the first {@link #REPORTED_ERRORS}; {@code more} counts those left out. */
    private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            @Nullable String detail, List<InputErrors.Shown> errors, int more) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status.getReasonPhrase());
            if (!errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            if (more > 0) {
                problem.setProperty("moreErrors", more);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        Map<String, @Nullable Object> model = layout.attributes(request);
        model.put("status", status.value());
        model.put("detail", detail);
        model.put("errors", errors);
        model.put("moreErrors", more);
        ModelAndView page = new ModelAndView("error", model);
        page.setStatus(status);
        return page;
    }
}
