package org.regionaltc.system;

import org.jspecify.annotations.Nullable;

/** Thrown by {@code get…} lookups; answered with 404. */
public class NotFound extends RuntimeException {

    private final @Nullable String code;
    private final Object[] arguments;

    public NotFound(String what, Object key) {
        super(what + " " + key + " does not exist");
        this.code = null;
        this.arguments = new Object[0];
    }

    private NotFound(String code, Object[] arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** A 404 whose explanation is a message code, worded in the reader's language. */
    public static NotFound worded(String code, Object... arguments) {
        return new NotFound(code, arguments);
    }

    @Nullable String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
