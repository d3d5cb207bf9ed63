package org.regionaltc.priority;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.LocalizedName;

/**
 * What moving a review cycle to a status will change, stated before the secretariat takes a step it cannot undo.
 *
 * @param replacedCycleTitle the current cycle whose priorities stop counting for alignment, when the step makes this
 *     cycle the current one
 * @param projectsLosingLinks projects linked to priorities of the replaced cycle: those links no longer count
 * @param projectsRelinkable those of them linked to a priority carried forward into this cycle, which can be
 *     re-linked to its successor
 * @param projectsLinked projects linked to this cycle's own priorities
 * @param unanswered countries whose carried-forward drafts are not yet confirmed, changed or dropped
 */
record CycleImpact(long cycleId, String cycleTitle, CycleStatus from, CycleStatus to, boolean becomesCurrent,
        @Nullable String replacedCycleTitle, int projectsLosingLinks, int projectsRelinkable, int projectsLinked,
        List<Unanswered> unanswered) {

    public record Unanswered(String countryCode, LocalizedName countryName, long drafts) {
    }

    public long unansweredDrafts() {
        return unanswered.stream().mapToLong(Unanswered::drafts).sum();
    }

    /**
     * Endorsing and closing cannot be undone; moving to consolidation can, but drafts left unanswered then stay out of
     * it, so it is confirmed only when there are some.
     */
    public boolean needsConfirmation() {
        return switch (to) {
            case ENDORSED, CLOSED -> true;
            case CONSOLIDATION -> !unanswered.isEmpty();
            case DRAFT, OPEN -> false;
        };
    }
}
