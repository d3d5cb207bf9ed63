package org.regionaltc.offer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The offer feature's messages in the language of the request (the API's Accept-Language, the page's choice). */
@Component
class OfferTexts {

    private final MessageSource messages;

    OfferTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
