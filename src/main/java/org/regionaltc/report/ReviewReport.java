package org.regionaltc.report;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.dashboard.Dashboard;
import org.regionaltc.dialogue.DialogueSummaries;
import org.regionaltc.offer.NationalResources;
import org.regionaltc.priority.CycleComparison;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.results.Rollup;

/**
 * What the secretariat presents to GRULAC for a review cycle (or a focal point reads of its countries): the
 * priorities and what changed since the previous cycle, alignment, coverage and gaps, resource mobilization and
 * the pipeline, national resources offered and confirmed, results against targets, decisions and open action items.
 */
public record ReviewReport(ReviewCycle cycle, @Nullable ReviewCycle previous, Set<String> countries, List<Priority> priorities,
        List<CycleComparison.Change> changes, Dashboard figures, List<Rollup.Row> results,
        DialogueSummaries.Of dialogue, NationalResources.Summary nationalResources) {

    /** Whether the report covers only some countries: a focal point's. */
    public boolean scoped() {
        return !countries.isEmpty();
    }
}
