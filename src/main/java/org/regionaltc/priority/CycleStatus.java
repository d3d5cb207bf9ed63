package org.regionaltc.priority;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;

/**
 * Where a review cycle stands. The allowed moves are listed explicitly: a cycle may go back from consolidation to
 * open (a country asks to correct a submission), but an endorsed cycle never reopens; later changes go into a new cycle.
 */
public enum CycleStatus {
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
            throw new Conflict(new InvalidInput.FieldError("", next().isEmpty() ? "conflict.cycle.final"
                : "conflict.cycle.move", InvalidInput.FieldError.words("enum.CycleStatus." + this),
                InvalidInput.FieldError.words("enum.CycleStatus." + to),
                InvalidInput.FieldError.labels("CycleStatus", new java.util.TreeSet<>(next()))));
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
