package org.regionaltc.priority;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.project.PriorityLinked;
import org.regionaltc.project.ProjectLifecycle;
import org.regionaltc.project.TcProject;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Country;
import org.regionaltc.system.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes what a step of a review cycle will change (see {@link CycleImpact}) and, once a cycle is the current one,
 * offers to re-link projects from the priorities it was carried forward from to their successors.
 */
@Service
class CycleImpacts {

    /** A proposed link: the project served {@code from} in the earlier cycle, {@code to} was carried forward from it. */
    public record Relink(long projectId, String identifier, String projectTitle, Priority from, Priority to,
            TcProject.Strength strength) {

        public String key() {
            return projectId + "-" + to.id();
        }
    }

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final CurrentCycle currentCycle;
    private final ProjectLifecycle projects;
    private final Countries countries;

    CycleImpacts(ReviewCycles cycles, Priorities priorities, CurrentCycle currentCycle, ProjectLifecycle projects,
            Countries countries) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.currentCycle = currentCycle;
        this.projects = projects;
        this.countries = countries;
    }

    public CycleImpact of(long cycleId, CycleStatus to) {
        ReviewCycle cycle = cycles.get(cycleId);
        ReviewCycle current = currentCycle.id().map(cycles::get).orElse(null);
        boolean becomesCurrent = to.frozen() && (current == null || current.id() == cycleId || laterThan(cycle, current));
        ReviewCycle replaced = becomesCurrent && current != null && current.id() != cycleId ? current : null;
        List<Priority> own = priorities.findByCycle(cycleId);
        int losing = replaced == null ? 0 : projectCount(projects.linkedTo(ids(priorities.findByCycle(replaced.id()))));
        int relinkable = replaced == null ? 0 : (int) proposals(own).stream().map(Relink::projectId).distinct().count();
        return new CycleImpact(cycleId, cycle.title(), cycle.status(), to, becomesCurrent,
            replaced == null ? null : replaced.title(), losing, relinkable, projectCount(projects.linkedTo(ids(own))),
            unanswered(own));
    }

    /** Links to propose once the cycle is the current one; before, a link to its priorities would not count. */
    public List<Relink> relinking(long cycleId) {
        if (currentCycle.id().filter(id -> id == cycleId).isEmpty()) {
            return List.of();
        }
        return proposals(priorities.findByCycle(cycleId));
    }

    /** Creates the chosen proposed links ({@link Relink#key()}), each with the strength of the link it follows. */
    @Transactional
    public int relink(long cycleId, List<String> chosen) {
        Map<String, Relink> offered = relinking(cycleId).stream()
            .collect(Collectors.toMap(Relink::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> unknown = chosen.stream().filter(k -> !offered.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("link", "error.cycle.link", String.valueOf(unknown));
        }
        Map<Long, List<TcProject.PriorityLink>> byProject = chosen.stream().distinct().map(offered::get)
            .collect(Collectors.groupingBy(Relink::projectId, TreeMap::new, Collectors.mapping(
                r -> new TcProject.PriorityLink(r.to().id(), r.strength()), Collectors.toList())));
        byProject.forEach(projects::addPriorityLinks);
        return byProject.values().stream().mapToInt(List::size).sum();
    }

    private List<Relink> proposals(List<Priority> own) {
        Map<Long, Priority> successors = own.stream()
            .filter(p -> p.status() == PriorityStatus.SUBMITTED && p.carriedFromId() != null)
            .collect(Collectors.toMap(Priority::carriedFromId, Function.identity(), (a, b) -> a));
        if (successors.isEmpty()) {
            return List.of();
        }
        Set<String> existing = projects.linkedTo(ids(own)).stream().map(l -> l.projectId() + "-" + l.priorityId())
            .collect(Collectors.toSet());
        return projects.linkedTo(successors.keySet()).stream()
            .map(l -> new Relink(l.projectId(), l.identifier(), l.titleEn(), priorities.get(l.priorityId()),
                successors.get(l.priorityId()), l.strength()))
            .filter(r -> !existing.contains(r.key()))
            .toList();
    }

    private List<CycleImpact.Unanswered> unanswered(List<Priority> own) {
        Map<String, Long> drafts = own.stream()
            .filter(p -> p.status() == PriorityStatus.DRAFT && p.carriedFromId() != null && p.countryCode() != null)
            .collect(Collectors.groupingBy(Priority::countryCode, TreeMap::new, Collectors.counting()));
        Map<String, Country> byCode = countries.findAll().stream()
            .collect(Collectors.toMap(Country::code, Function.identity()));
        return drafts.entrySet().stream()
            .map(e -> new CycleImpact.Unanswered(e.getKey(), byCode.get(e.getKey()).name(), e.getValue()))
            .sorted(Comparator.comparing(u -> u.countryName().en()))
            .toList();
    }

    /** The order in which the current cycle is chosen: latest period start, then latest created. */
    private static boolean laterThan(ReviewCycle a, ReviewCycle b) {
        int byStart = a.periodStart().compareTo(b.periodStart());
        return byStart > 0 || byStart == 0 && a.id() > b.id();
    }

    private static List<Long> ids(List<Priority> list) {
        return list.stream().map(Priority::id).toList();
    }

    private static int projectCount(List<PriorityLinked> links) {
        return (int) links.stream().map(PriorityLinked::projectId).distinct().count();
    }
}
