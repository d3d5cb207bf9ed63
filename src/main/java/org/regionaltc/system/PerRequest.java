package org.regionaltc.system;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value computed once per web request: a page that names a hundred ledger lines' bodies reads the bodies once,
 * and the next request sees what was saved in between.
 */
public final class PerRequest {

    private PerRequest() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Supplier<T> load) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.get();
        }
        String attribute = PerRequest.class.getName() + "." + key;
        Object value = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (value == null) {
            value = load.get();
            request.setAttribute(attribute, value, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) value;
    }
}
