package org.regionaltc.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.AlignmentFormula.Cycle;
import org.regionaltc.alignment.AlignmentFormula.Link;
import org.regionaltc.alignment.AlignmentFormula.Project;
import org.regionaltc.alignment.AlignmentFormula.Share;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.cycle.CurrentCycle.Priority;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.project.TcProject;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.stereotype.Component;

/**
 * Reads what the alignment formula takes from the project catalog, in one batch for all the projects asked for, and
 * combines the projects with their links to the cycle's priorities in Java.
 */
@Component
class AlignmentInputs {

    private final ProjectCatalog catalog;
    private final CurrentCycle currentCycle;

    AlignmentInputs(ProjectCatalog catalog, CurrentCycle currentCycle) {
        this.catalog = catalog;
        this.currentCycle = currentCycle;
    }

    /** The cycle's submitted priorities and today's grouping members; none when there is no current cycle. */
    Cycle cycle(long cycleId) {
        Map<Long, Priority> priorities = new HashMap<>();
        currentCycle.prioritiesOf(cycleId).forEach(p -> priorities.put(p.id(), p));
        return new Cycle(priorities, currentCycle.groupingMembers());
    }

    /**
     * The inputs of the projects given, or of all, keyed by id, with their links to the cycle's submitted priorities.
     * Each part is read for all the projects at once, and only the parts the formula takes: when every score is
     * recomputed, reading whole projects took about twice as long.
     */
    Map<Long, Project> projects(long cycleId, @Nullable Collection<Long> only) {
        List<ProjectCatalog.Summary> projects = only == null ? catalog.findSummaries(ProjectVisibility.everything())
            : catalog.findSummariesByIds(only);
        Map<Long, List<TcProject.Share>> shares = catalog.countries(only);
        Map<Long, List<ProjectCatalog.Theme>> themes = catalog.themes(only);
        Map<Long, Set<String>> endorsed = catalog.endorsements(only);
        Set<Long> cyclePriorities = new HashSet<>();
        currentCycle.prioritiesOf(cycleId).forEach(p -> cyclePriorities.add(p.id()));
        Map<Long, List<Link>> links = HashMap.newHashMap(projects.size());
        for (ProjectCatalog.Link link : catalog.links(only)) {
            if (cyclePriorities.contains(link.priorityId())) {
                links.computeIfAbsent(link.projectId(), id -> new ArrayList<>(5))
                    .add(new Link(link.priorityId(), link.strong()));
            }
        }
        Map<Long, Project> inputs = HashMap.newHashMap(projects.size());
        for (ProjectCatalog.Summary p : projects) {
            List<TcProject.Share> projectShares = shares.getOrDefault(p.id(), List.of());
            List<Share> countries = new ArrayList<>(projectShares.size());
            for (TcProject.Share share : projectShares) {
                countries.add(new Share(share.code(), share.percentage().doubleValue()));
            }
            List<ProjectCatalog.Theme> projectThemes = themes.getOrDefault(p.id(), List.of());
            Set<String> topThemes = new HashSet<>(4);
            projectThemes.forEach(t -> topThemes.add(t.top()));
            inputs.put(p.id(), new Project(p.id(), p.cancelled(), p.totalBudget().doubleValue(), countries, topThemes,
                projectThemes.size(), endorsed.getOrDefault(p.id(), Set.of()), links.getOrDefault(p.id(), List.of())));
        }
        return inputs;
    }

    /** The ids of the projects a viewer may see. */
    Set<Long> visibleProjects(ProjectVisibility visibility) {
        return catalog.visibleIds(visibility);
    }
}
