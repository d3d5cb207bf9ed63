package org.regionaltc.system;

/** Thrown by {@code get…} lookups; answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object key) {
        super(what + " " + key + " does not exist");
    }
}
