package org.regionaltc.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What every page's layout needs: the signed-in user, the languages, where the page is, and what was just saved. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final MessageSource messages;

    LayoutAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("signedIn")
    @Nullable SignedInUser signedIn() {
        return SignedInUser.current().orElse(null);
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return WebConfiguration.LANGUAGES;
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    /** The page's own address, also on an error page reached by forward, so the language switcher stays there. */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        for (String original : List.of(RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI)) {
            if (request.getAttribute(original) instanceof String uri) {
                return uri;
            }
        }
        return request.getRequestURI();
    }

    @ModelAttribute("confirmation")
    @Nullable String confirmation(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(Confirmation.FLASH_ATTRIBUTE) instanceof MessageSourceResolvable saved
            ? messages.getMessage(saved, LocaleContextHolder.getLocale()) : null;
    }

    /** The same attributes for a page that an exception handler renders, which model attribute methods skip. */
    Map<String, @Nullable Object> attributes(HttpServletRequest request) {
        Map<String, @Nullable Object> all = new HashMap<>();
        all.put("signedIn", signedIn());
        all.put("languages", languages());
        all.put("lang", lang());
        all.put("requestPath", requestPath(request));
        return all;
    }
}
