package org.regionaltc.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dialogue and priorities", description = "Programme framework, review cycles, priorities, consolidation, endorsement, comparison")
class PriorityApiController {

    record Framework(List<ProgrammeFramework.Programme> programmes, List<ProgrammeFramework.Objective> objectives) {
    }

    record CycleDetail(ReviewCycle cycle, @Nullable Endorsement endorsement) {
    }

    record Transition(@NotNull @Nullable CycleStatus to, @NotNull @Nullable Integer version) {
    }

    record PriorityView(Priority priority, List<Long> mergesPriorityIds, @Nullable String weightExplained) {
    }

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Endorsements endorsements;
    private final CycleWorkflow workflow;
    private final PrioritySubmissions submissions;
    private final Consolidation consolidation;
    private final Comparisons comparisons;
    private final ProgrammeFramework framework;

    PriorityApiController(ReviewCycles cycles, Priorities priorities, Endorsements endorsements, CycleWorkflow workflow,
            PrioritySubmissions submissions, Consolidation consolidation, Comparisons comparisons,
            ProgrammeFramework framework) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.endorsements = endorsements;
        this.workflow = workflow;
        this.submissions = submissions;
        this.consolidation = consolidation;
        this.comparisons = comparisons;
        this.framework = framework;
    }

    @GetMapping("/api/programme")
    @Operation(summary = "The regional programme and the objectives of its framework periods")
    Framework programme() {
        return new Framework(framework.programmes(), framework.objectives());
    }

    @GetMapping("/api/cycles")
    @Operation(summary = "Review cycles the caller may see: endorsed and closed ones for everyone")
    List<ReviewCycle> cycles() {
        return comparisons.visibleCycles();
    }

    @PostMapping("/api/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a review cycle (secretariat); previousCycleId carries its national priorities forward as drafts")
    ReviewCycle create(@Valid @RequestBody CycleForm form) {
        return workflow.create(form);
    }

    @GetMapping("/api/cycles/{cycleId}")
    @Operation(summary = "One review cycle and its endorsement")
    CycleDetail cycle(@PathVariable long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        return new CycleDetail(cycle, endorsements.findByCycle(cycleId).orElse(null));
    }

    @PostMapping("/api/cycles/{cycleId}/transitions")
    @Operation(summary = "Move a cycle: DRAFT→OPEN→CONSOLIDATION(→OPEN)→ENDORSED→CLOSED; an illegal move answers 409")
    ReviewCycle move(@PathVariable long cycleId, @Valid @RequestBody Transition transition) {
        return workflow.move(cycleId, transition.to(), transition.version());
    }

    @GetMapping("/api/cycles/{cycleId}/priorities")
    @Operation(summary = "The priorities of a cycle the caller may see, with their links and weight explanation")
    List<PriorityView> priorities(@PathVariable long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        List<Priority> all = priorities.findByCycle(cycleId);
        Map<Long, List<Long>> links = priorities.linksOf(cycleId);
        var inputs = consolidation.weightInputs(all, links);
        return comparisons.visible(cycle, all).stream()
            .map(p -> new PriorityView(p, links.getOrDefault(p.id(), List.of()),
                p.weight() == null || !inputs.containsKey(p.id()) ? null : consolidation.formula().explain(inputs.get(p.id()))))
            .toList();
    }

    @PostMapping("/api/cycles/{cycleId}/countries/{code}/priorities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a priority for a country (its focal points, while the cycle is open and before the deadline)")
    Priority submit(@PathVariable long cycleId, @PathVariable String code, @RequestBody PriorityForm form) {
        Visibility.requireActFor(code.toUpperCase(java.util.Locale.ROOT));
        return submissions.submit(cycleId, code.toUpperCase(java.util.Locale.ROOT), form);
    }

    @GetMapping("/api/priorities/{priorityId}")
    @Operation(summary = "One priority; another country's drafts are refused")
    Priority priority(@PathVariable long priorityId) {
        Priority priority = priorities.get(priorityId);
        if (!Visibility.canSee(SignedInUser.current(), cycles.get(priority.cycleId()), priority)) {
            throw new AccessDeniedException("priority " + priorityId + " is not visible to the caller");
        }
        return priority;
    }

    @PutMapping("/api/priorities/{priorityId}")
    @Operation(summary = "Change a priority (send the version you read; 409 shows what is saved now)")
    Priority update(@PathVariable long priorityId, @RequestBody PriorityForm form) {
        return submissions.update(priorityId, form);
    }

    @PostMapping("/api/cycles/{cycleId}/consolidated")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Merge national priorities into a sub-regional or regional one (secretariat, under consolidation)")
    Priority consolidate(@PathVariable long cycleId, @Valid @RequestBody ConsolidationForm form) {
        return consolidation.consolidate(cycleId, form);
    }

    @PostMapping("/api/cycles/{cycleId}/weights")
    @Operation(summary = "Compute the weight of every submitted priority (secretariat, under consolidation)")
    List<Priority> weights(@PathVariable long cycleId) {
        return consolidation.computeWeights(cycleId);
    }

    @PostMapping("/api/cycles/{cycleId}/endorsement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record GRULAC's endorsement; the cycle becomes ENDORSED and frozen")
    Endorsement endorse(@PathVariable long cycleId, @Valid @RequestBody EndorsementForm form) {
        return workflow.endorse(cycleId, form);
    }

    @GetMapping("/api/cycles/compare")
    @Operation(summary = "Compare two cycles: priorities added, dropped, re-ranked, re-worded, per country, grouping and theme")
    CycleComparison compare(@RequestParam(required = false) @Nullable Long from,
            @RequestParam(required = false) @Nullable Long to) {
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "error.cycle.compare");
        }
        return comparisons.compare(from, to);
    }
}
