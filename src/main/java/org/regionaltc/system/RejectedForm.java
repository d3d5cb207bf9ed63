package org.regionaltc.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form that sits on a page among others (an indicator's values on a project, a decision on a meeting), refused:
 * what was typed and each field's error in the page's language, so that the page shows the form again as typed.
 * {@code name} says which of the page's forms it was.
 */
public record RejectedForm(String name, Map<String, String> values, Map<String, String> errors)
        implements Serializable {

    public static final String ATTRIBUTE = "rejected";

    /** What the request sent and what binding it refused (a number that is not one, a date that is not one). */
    public static RejectedForm of(String name, HttpServletRequest request, BindingResult binding) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((field, sent) -> {
            if (!field.startsWith("_") && sent.length > 0) {
                values.put(field, sent[0]);
            }
        });
        MessageSource messages = RequestContextUtils.findWebApplicationContext(request);
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
            messages == null ? String.valueOf(e.getDefaultMessage()) : messages.getMessage(e, locale)));
        return new RejectedForm(name, Map.copyOf(values), errors);
    }

    /** Adds the errors of a rule the domain refused, in the page's language. */
    public RejectedForm with(InvalidInput refused, HttpServletRequest request) {
        MessageSource messages = RequestContextUtils.findWebApplicationContext(request);
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, String> all = new LinkedHashMap<>(errors);
        refused.errors().forEach(e -> all.putIfAbsent(e.field(),
            messages == null ? e.code() : InputErrors.message(e, messages, locale)));
        return new RejectedForm(name, values, all);
    }

    /** Redirects back to the page, which shows the form again as typed with its errors. */
    public String redirect(RedirectAttributes redirect, String path) {
        redirect.addFlashAttribute(ATTRIBUTE, this);
        return "redirect:" + path;
    }

    public boolean is(String form) {
        return name.equals(form);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
