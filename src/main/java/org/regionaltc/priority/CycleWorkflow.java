package org.regionaltc.priority;

import java.util.ArrayList;
import java.util.List;
import org.regionaltc.system.Text;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's moves of a review cycle: creating it (carrying the previous cycle's priorities forward), moving it
 * through its states, and recording GRULAC's endorsement, which freezes it. Every change is audited.
 */
@Service
class CycleWorkflow {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Endorsements endorsements;
    private final Consolidation consolidation;
    private final ThematicAreas themes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CycleWorkflow(ReviewCycles cycles, Priorities priorities, Endorsements endorsements, Consolidation consolidation,
            ThematicAreas themes, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.cycles = cycles;
        this.priorities = priorities;
        this.endorsements = endorsements;
        this.consolidation = consolidation;
        this.themes = themes;
        this.audit = audit;
    }

    @Transactional
    public ReviewCycle create(CycleForm form) {
        if (form.title() == null || form.title().isBlank() || form.periodStart() == null || form.periodEnd() == null
                || form.submissionDeadline() == null) {
            throw new InvalidInput("title", "error.cycle.required");
        }
        if (form.periodEnd().isBefore(form.periodStart())) {
            throw new InvalidInput("periodEnd", "error.cycle.periodEnd", String.valueOf(form.periodStart()));
        }
        String framework = Text.blankToNull(form.frameworkPeriodCode());
        if (framework != null && themes.periods().stream().noneMatch(p -> p.code().equals(framework))) {
            throw new InvalidInput("frameworkPeriodCode", "error.cycle.framework", framework);
        }
        Long previousId = form.previousCycleId();
        if (previousId != null) {
            ReviewCycle previous = cycles.findById(previousId)
                .orElseThrow(() -> new InvalidInput("previousCycleId", "error.cycle.unknown", previousId));
            if (!previous.frozen()) {
                throw new InvalidInput("previousCycleId", "error.cycle.notFrozen", previous.title(),
                    FieldError.words("enum.CycleStatus." + previous.status()));
            }
        }
        long id = cycles.insert(new ReviewCycle(0, form.title().strip(), form.periodStart(), form.periodEnd(),
            form.submissionDeadline(), CycleStatus.DRAFT, framework, previousId, false, 0));
        ReviewCycle created = cycles.get(id);
        audit.created("ReviewCycle", id, created);
        if (previousId != null) {
            carryForward(previousId, id, false);
        }
        return created;
    }

    /**
     * Copies the previous cycle's submitted national priorities into the new cycle as drafts that each country
     * confirms, changes or drops; carried_from_id keeps the lineage the comparison follows.
     */
    List<Priority> carryForward(long fromCycleId, long toCycleId, boolean sample) {
        List<Priority> copies = priorities.findByCycle(fromCycleId).stream()
            .filter(p -> p.level() == PriorityLevel.NATIONAL && p.status() == PriorityStatus.SUBMITTED)
            .map(p -> {
                long id = priorities.insert(new Priority(0, toCycleId, p.level(), p.countryCode(), null,
                    p.ownerCountryCode(), p.thematicAreaCode(), p.subTheme(), p.title(), p.rationale(), p.language(),
                    p.rank(), null, PriorityStatus.DRAFT, p.id(), p.sectors(), p.planTitle(), p.planUrl(),
                    p.planYear(), p.expectedOutcomes(), sample, 0));
                Priority copy = priorities.get(id);
                audit.created("Priority", id, copy);
                return copy;
            })
            .toList();
        java.util.Map<Long, Long> successors = new java.util.HashMap<>();
        copies.forEach(c -> successors.put(c.carriedFromId(), c.id()));
        events.publishEvent(new PrioritiesCarriedForward(fromCycleId, toCycleId, successors, sample));
        return copies;
    }

    @Transactional
    public ReviewCycle move(long cycleId, @Nullable CycleStatus to, @Nullable Integer version) {
        if (to == null) {
            throw new InvalidInput("to", "error.cycle.status");
        }
        if (version == null) {
            throw new InvalidInput("version", "error.version.send");
        }
        ReviewCycle before = cycles.get(cycleId);
        before.status().checkMoveTo(to);
        if (to == CycleStatus.ENDORSED) {
            throw new Conflict(new FieldError("", "conflict.cycle.endorseByRecord"));
        }
        cycles.updateStatus(before, to, version);
        ReviewCycle after = cycles.get(cycleId);
        audit.updated("ReviewCycle", cycleId, before, after);
        return after;
    }

    /** Records the endorsement and freezes the cycle, computing any weight consolidation left unset. */
    @Transactional
    public Endorsement endorse(long cycleId, EndorsementForm form) {
        check(form);
        ReviewCycle before = cycles.get(cycleId);
        before.status().checkMoveTo(CycleStatus.ENDORSED);
        consolidation.computeWeights(cycleId);
        cycles.updateStatus(before, CycleStatus.ENDORSED, form.version());
        long id = endorsements.insert(new Endorsement(0, cycleId, form.meeting().strip(), form.endorsedOn(),
            form.decisionText().strip(), Text.blankToNull(form.documents()), SignedInUser.actorName(), false));
        Endorsement endorsement = endorsements.findByCycle(cycleId).orElseThrow();
        audit.created("Endorsement", id, endorsement);
        audit.updated("ReviewCycle", cycleId, before, cycles.get(cycleId));
        return endorsement;
    }

    /** Checks what was typed, so that a confirmation is asked only for an endorsement that can be recorded. */
    public void check(EndorsementForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.meeting() == null || form.meeting().isBlank()) {
            errors.add(new FieldError("meeting", "error.endorsement.meeting"));
        } else if (form.meeting().strip().length() > 300) {
            errors.add(new FieldError("meeting", "error.tooLong", 300));
        }
        if (form.endorsedOn() == null) {
            errors.add(new FieldError("endorsedOn", "error.required"));
        }
        if (form.decisionText() == null || form.decisionText().isBlank()) {
            errors.add(new FieldError("decisionText", "error.endorsement.decision"));
        } else if (form.decisionText().length() > 4000) {
            errors.add(new FieldError("decisionText", "error.tooLong", 4000));
        }
        if (form.documents() != null && form.documents().length() > 2000) {
            errors.add(new FieldError("documents", "error.tooLong", 2000));
        }
        if (form.version() == null) {
            errors.add(new FieldError("version", "error.version.send"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
