package org.regionaltc.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves projects through UNIDO's cycle and records their joint definition: a project is approved only once
 * every recipient country has endorsed it and UNIDO has approved it.
 */
@Service
public class ProjectLifecycle {

    private final Projects projects;
    private final CurrentCycle currentCycle;

    ProjectLifecycle(Projects projects, CurrentCycle currentCycle) {
        this.projects = projects;
        this.currentCycle = currentCycle;
    }

    @Transactional
    public TcProject moveTo(long id, ProjectStatus target) {
        TcProject project = projects.get(id);
        ProjectStatus from = project.status();
        boolean resuming = from == ProjectStatus.ON_HOLD && target == project.statusBeforeHold();
        if (!resuming && !from.next().contains(target)) {
            throw new Conflict(new FieldError("", "conflict.project.move", FieldError.words("enum.ProjectStatus." + from),
                FieldError.words("enum.ProjectStatus." + target),
                FieldError.labels("ProjectStatus", allowed(project))));
        }
        if (target == ProjectStatus.APPROVED) {
            checkApprovalGate(project);
        }
        return projects.setStatus(project, target, target == ProjectStatus.ON_HOLD ? from : null);
    }

    /** The statuses a project can move to now. */
    public Set<ProjectStatus> allowed(TcProject project) {
        Set<ProjectStatus> next = new java.util.TreeSet<>(project.status().next());
        if (project.status() == ProjectStatus.ON_HOLD && project.statusBeforeHold() != null) {
            next.add(project.statusBeforeHold());
        }
        return next;
    }

    /** The status offered first: the step forward, or back to where a project on hold came from. */
    public @org.jspecify.annotations.Nullable ProjectStatus forward(TcProject project) {
        return project.status() == ProjectStatus.ON_HOLD ? project.statusBeforeHold() : project.status().forward();
    }

    private static void checkApprovalGate(TcProject project) {
        List<String> missing = project.missingEndorsements();
        if (!missing.isEmpty()) {
            throw new Conflict(new FieldError("", "conflict.project.notEndorsed", project.identifier(),
                String.join(", ", missing)));
        }
        if (project.unidoApproval() == null) {
            throw new Conflict(new FieldError("", "conflict.project.noUnidoApproval", project.identifier()));
        }
    }

    /** A focal point records their country's endorsement; the secretariat may record it on the country's behalf. */
    @Transactional
    public TcProject endorse(long id, String countryCode, LocalDate on, String reference) {
        String country = countryCode.toUpperCase(java.util.Locale.ROOT);
        SignedInUser user = SignedInUser.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        if (!user.canActFor(country)) {
            throw new AccessDeniedException("not a focal point of " + country);
        }
        TcProject project = projects.get(id);
        if (!project.countryCodes().contains(country)) {
            throw new InvalidInput("country", "error.project.notRecipient", country, project.identifier());
        }
        if (reference.isBlank()) {
            throw new InvalidInput("reference", "error.endorsement.reference");
        }
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInput("date", "error.endorsement.future");
        }
        return projects.recordEndorsement(project,
            new TcProject.Endorsement(country, user.getUsername(), on, reference.strip()));
    }

    @Transactional
    public TcProject approveForUnido(long id, LocalDate on, String reference) {
        TcProject project = projects.get(id);
        if (project.unidoApproval() != null) {
            throw new Conflict(new FieldError("", "conflict.project.approvedAlready", project.identifier(),
                project.unidoApproval().reference(), String.valueOf(project.unidoApproval().approvedOn())));
        }
        if (reference.isBlank()) {
            throw new InvalidInput("reference", "error.approval.reference");
        }
        return projects.recordUnidoApproval(project,
            new TcProject.UnidoApproval(SignedInUser.actorName(), on, reference.strip()));
    }

    /** Replaces the priorities a project serves; they must belong to the current review cycle. */
    @Transactional
    public TcProject linkPriorities(long id, List<TcProject.PriorityLink> links) {
        TcProject project = projects.get(id);
        checkLinks(project, links);
        return projects.replacePriorityLinks(project, links);
    }

    /**
     * Adds links to priorities of the current cycle and keeps those the project has, including links to priorities of
     * earlier cycles: they no longer count for alignment but record what the project served then.
     */
    @Transactional
    public TcProject addPriorityLinks(long id, List<TcProject.PriorityLink> added) {
        TcProject project = projects.get(id);
        checkLinks(project, added);
        Set<Long> linked = project.priorities().stream().map(TcProject.PriorityLink::priorityId).collect(Collectors.toSet());
        List<TcProject.PriorityLink> kept = new java.util.ArrayList<>(project.priorities());
        added.stream().filter(l -> !linked.contains(l.priorityId())).forEach(kept::add);
        return kept.size() == project.priorities().size() ? project : projects.replacePriorityLinks(project, kept);
    }

    /** The projects linked to any of these priorities, one row per link. */
    public List<PriorityLinked> linkedTo(java.util.Collection<Long> priorityIds) {
        return projects.linkedTo(priorityIds);
    }

    private void checkLinks(TcProject project, List<TcProject.PriorityLink> links) {
        List<Long> twice = links.stream().collect(Collectors.groupingBy(TcProject.PriorityLink::priorityId,
                java.util.TreeMap::new, Collectors.counting()))
            .entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).toList();
        if (!twice.isEmpty()) {
            throw new InvalidInput("strength", "error.link.both", String.valueOf(twice));
        }
        java.util.Map<Long, CurrentCycle.Priority> current = currentCycle.priorities().stream()
            .collect(Collectors.toMap(CurrentCycle.Priority::id, p -> p));
        List<Long> foreign = links.stream().map(TcProject.PriorityLink::priorityId).filter(p -> !current.containsKey(p)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidInput("priorities", "error.link.notCurrent", String.valueOf(foreign));
        }
        List<String> unrelated = links.stream().map(l -> current.get(l.priorityId()))
            .filter(currentCycle.concerningAny(project.countryCodes()).negate()).map(CurrentCycle.Priority::label).toList();
        if (!unrelated.isEmpty()) {
            throw new InvalidInput("priorities", "error.link.unrelated", String.join("; ", unrelated));
        }
    }
}
