package org.regionaltc.priority;

import java.util.Map;

/**
 * A new review cycle received the previous cycle's priorities as drafts; {@code successors} maps each earlier
 * priority to its copy, so that features attached to priorities (national offers) can carry their part forward
 * in the same transaction.
 */
public record PrioritiesCarriedForward(long fromCycleId, long toCycleId, Map<Long, Long> successors, boolean sample) {
}
