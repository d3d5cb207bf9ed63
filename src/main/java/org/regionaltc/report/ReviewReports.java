package org.regionaltc.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.dashboard.DashboardQueries;
import org.regionaltc.dashboard.DashboardScope;
import org.regionaltc.dialogue.DialogueSummaries;
import org.regionaltc.offer.NationalResources;
import org.regionaltc.priority.Comparisons;
import org.regionaltc.priority.CycleComparison;
import org.regionaltc.priority.Priority;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.priority.ReviewCycles;
import org.regionaltc.priority.Visibility;
import org.regionaltc.results.Rollup;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Gathers a {@link ReviewReport} for the caller: the whole programme for the secretariat, its countries for a focal point. */
@Component
class ReviewReports {

    private final ReviewCycles cycles;
    private final Comparisons comparisons;
    private final DashboardQueries dashboards;
    private final Rollup rollup;
    private final DialogueSummaries dialogue;
    private final NationalResources nationalResources;

    ReviewReports(ReviewCycles cycles, Comparisons comparisons, DashboardQueries dashboards, Rollup rollup,
            DialogueSummaries dialogue, NationalResources nationalResources) {
        this.nationalResources = nationalResources;
        this.cycles = cycles;
        this.comparisons = comparisons;
        this.dashboards = dashboards;
        this.rollup = rollup;
        this.dialogue = dialogue;
    }

    ReviewReport of(long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        Optional<SignedInUser> user = SignedInUser.current();
        DashboardScope scope = DashboardScope.of(user);
        Set<String> countries = switch (scope) {
            case DashboardScope.Secretariat s -> Set.of();
            case DashboardScope.FocalPoint f -> f.countries();
            default -> throw new AccessDeniedException("the review report is for the secretariat and focal points");
        };
        List<Priority> priorities = comparisons.visible(cycle).stream()
            .filter(p -> countries.isEmpty() || p.countryCode() != null && countries.contains(p.countryCode()))
            .sorted(Comparator.comparing((Priority p) -> p.level().ordinal())
                .thenComparing(p -> String.valueOf(p.scope())).thenComparingInt(Priority::rank))
            .toList();
        @Nullable ReviewCycle previous = previousOf(cycle);
        List<CycleComparison.Change> changes = previous == null ? List.of()
            : comparisons.compare(previous.id(), cycle.id()).changes().stream()
                .filter(c -> countries.isEmpty() || c.countryCode() != null && countries.contains(c.countryCode()))
                .toList();
        return new ReviewReport(cycle, previous, countries, priorities, changes, dashboards.of(scope),
            rollup.byTheme(ProjectVisibility.of(user)), dialogue.ofCycle(cycle.id(), countries),
            nationalResources.of(cycle, countries));
    }

    private @Nullable ReviewCycle previousOf(ReviewCycle cycle) {
        if (cycle.previousCycleId() == null) {
            return null;
        }
        return cycles.findById(cycle.previousCycleId()).filter(c -> Visibility.canSee(SignedInUser.current(), c))
            .filter(c -> !Objects.equals(c.id(), cycle.id())).orElse(null);
    }
}
