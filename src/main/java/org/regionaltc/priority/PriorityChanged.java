package org.regionaltc.priority;

import org.regionaltc.system.Conflict;

/** A save that lost the race: someone saved the priority first. Carries what is saved now, to show beside the user's. */
class PriorityChanged extends Conflict {

    private final Priority current;

    PriorityChanged(String message, Priority current) {
        super(message);
        this.current = current;
    }

    public Priority current() {
        return current;
    }
}
