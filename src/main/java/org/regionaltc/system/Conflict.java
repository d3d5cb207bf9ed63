package org.regionaltc.system;

import org.jspecify.annotations.Nullable;

/** A change that clashes with the current state (a concurrent edit, a duplicate); answered with 409. */
public class Conflict extends RuntimeException {

    private final InvalidInput.@Nullable FieldError reason;

    public Conflict(String message) {
        super(message);
        this.reason = null;
    }

    /** A clash named by a field and a message code, worded in the reader's language. */
    public Conflict(InvalidInput.FieldError reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public InvalidInput.@Nullable FieldError reason() {
        return reason;
    }
}
