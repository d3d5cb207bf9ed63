package org.regionaltc.system;

import java.util.ArrayList;
import java.util.List;

/**
 * The first {@code cap} items added and a count of all of them: what an import reports of its errors, so that a
 * file with a million bad lines answers a few kilobytes ("… and 999,000 more") instead of tens of megabytes.
 */
public final class Capped<E> {

    private final int cap;
    private final List<E> kept = new ArrayList<>();
    private int count;

    public Capped(int cap) {
        this.cap = cap;
    }

    public void add(E item) {
        if (kept.size() < cap) {
            kept.add(item);
        }
        count++;
    }

    /** How many were added, kept or not. */
    public int count() {
        return count;
    }

    public List<E> kept() {
        return List.copyOf(kept);
    }

    public int more() {
        return count - kept.size();
    }
}
