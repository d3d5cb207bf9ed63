package org.regionaltc.system;

/** A change that clashes with the current state (a concurrent edit, a duplicate); answered with 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
