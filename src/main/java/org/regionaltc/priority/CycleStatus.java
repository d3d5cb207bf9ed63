package org.regionaltc.priority;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.regionaltc.system.Conflict;

/**
 * Where a review cycle stands. The allowed moves are listed explicitly: a cycle may go back from consolidation to
 * open (a country asks to correct a submission), but an endorsed cycle never reopens; later changes go into a new cycle.
 */
enum CycleStatus {
    DRAFT, OPEN, CONSOLIDATION, ENDORSED, CLOSED;

    private static final Map<CycleStatus, Set<CycleStatus>> NEXT = Map.of(
        DRAFT, EnumSet.of(OPEN),
        OPEN, EnumSet.of(CONSOLIDATION),
        CONSOLIDATION, EnumSet.of(OPEN, ENDORSED),
        ENDORSED, EnumSet.of(CLOSED),
        CLOSED, EnumSet.noneOf(CycleStatus.class));

    public Set<CycleStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(CycleStatus to) {
        return next().contains(to);
    }

    public void checkMoveTo(CycleStatus to) {
        if (!canMoveTo(to)) {
            throw new Conflict("A review cycle cannot move from " + this + " to " + to + "; from " + this
                + (next().isEmpty() ? " it cannot move any more" : " it can only move to " + next()));
        }
    }

    /** Endorsed and closed cycles are frozen: their priorities no longer change. */
    public boolean frozen() {
        return this == ENDORSED || this == CLOSED;
    }

    /** Frozen cycles are published to everyone, anonymous visitors and donors included. */
    public boolean published() {
        return frozen();
    }
}
