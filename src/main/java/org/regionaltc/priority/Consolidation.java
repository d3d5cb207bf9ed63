package org.regionaltc.priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regionaltc.system.Text;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's consolidation: merging national priorities into sub-regional and regional ones (keeping the links)
 * and giving every submitted priority of the cycle its weight.
 */
@Service
class Consolidation {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final AuditTrail audit;
    private final WeightFormula formula;

    Consolidation(ReviewCycles cycles, Priorities priorities, Groupings groupings, ThematicAreas themes,
            AuditTrail audit, WeightSettings settings) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.groupings = groupings;
        this.themes = themes;
        this.audit = audit;
        this.formula = new WeightFormula(settings.factors());
    }

    public WeightFormula formula() {
        return formula;
    }

    @Transactional
    public Priority consolidate(long cycleId, ConsolidationForm form) {
        ReviewCycle cycle = underConsolidation(cycleId);
        List<FieldError> errors = new ArrayList<>();
        if (form.level() == null || form.level() == PriorityLevel.NATIONAL) {
            errors.add(new FieldError("level", "error.consolidation.level"));
        }
        String grouping = form.level() == PriorityLevel.SUB_REGIONAL ? Text.blankToNull(form.groupingCode()) : null;
        if (form.level() == PriorityLevel.SUB_REGIONAL && (grouping == null || groupings.findByCode(grouping).isEmpty())) {
            errors.add(new FieldError("groupingCode", "error.consolidation.grouping"));
        }
        if (form.thematicAreaCode() == null || themes.findByCode(form.thematicAreaCode()).isEmpty()) {
            errors.add(new FieldError("thematicAreaCode", "error.theme.unknownCode", form.thematicAreaCode()));
        }
        if (form.title() == null || form.title().isBlank()) {
            errors.add(new FieldError("title", "error.required"));
        } else if (form.title().strip().length() > 300) {
            errors.add(new FieldError("title", "error.tooLong", 300));
        }
        if (form.rationale() != null && form.rationale().length() > 4000) {
            errors.add(new FieldError("rationale", "error.tooLong", 4000));
        }
        if (form.rank() == null || form.rank() < 1 || form.rank() > 999) {
            errors.add(new FieldError("rank", "error.rank.required"));
        }
        Map<Long, Priority> byId = priorities.findByCycle(cycleId).stream()
            .collect(Collectors.toMap(Priority::id, Function.identity()));
        List<Long> ids = form.nationalIds() == null ? List.of() : form.nationalIds().stream().distinct().toList();
        List<Priority> merged = ids.stream().map(byId::get).filter(Objects::nonNull)
            .filter(p -> p.level() == PriorityLevel.NATIONAL && p.status() == PriorityStatus.SUBMITTED).toList();
        if (merged.isEmpty() || merged.size() != ids.size()) {
            errors.add(new FieldError("nationalIds", "error.consolidation.national"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (priorities.rankTaken(cycleId, null, form.level(), grouping, form.rank(), null)) {
            throw new InvalidInput("rank", "error.consolidation.rankTaken", form.rank(),
                FieldError.words("enum.PriorityLevel." + form.level()), grouping == null ? "" : grouping);
        }
        List<String> sectors = merged.stream().flatMap(p -> p.sectors().stream()).distinct().sorted().toList();
        long id = priorities.insert(new Priority(0, cycle.id(), form.level(), null, grouping, null,
            form.thematicAreaCode(), null, form.title().strip(), Text.blankToNull(form.rationale()), "en",
            form.rank(), null, PriorityStatus.SUBMITTED, null, sectors, null, null, null, null, false, 0));
        priorities.link(id, ids);
        Priority created = priorities.get(id);
        audit.created("Priority", id, created);
        return created;
    }

    /** Sets the weight of every submitted priority of a cycle under consolidation. */
    @Transactional
    public List<Priority> computeWeights(long cycleId) {
        underConsolidation(cycleId);
        List<Priority> all = priorities.findByCycle(cycleId);
        Map<Long, WeightFormula.Inputs> inputs = weightInputs(all, priorities.linksOf(cycleId));
        for (Priority before : all) {
            WeightFormula.Inputs in = inputs.get(before.id());
            if (in == null) {
                continue;
            }
            BigDecimal weight = formula.weight(in);
            if (before.weight() == null || before.weight().compareTo(weight) != 0) {
                priorities.updateWeight(before.id(), weight);
                audit.updated("Priority", before.id(), before, priorities.get(before.id()));
            }
        }
        return priorities.findByCycle(cycleId);
    }

    /** For each submitted priority of the cycle: its level, rank, how many countries share it, out of how many. */
    public Map<Long, WeightFormula.Inputs> weightInputs(List<Priority> all, Map<Long, List<Long>> links) {
        List<Priority> submitted = all.stream().filter(p -> p.status() == PriorityStatus.SUBMITTED).toList();
        Map<Long, Priority> byId = submitted.stream().collect(Collectors.toMap(Priority::id, Function.identity()));
        int submitting = (int) Math.max(1, submitted.stream().filter(p -> p.level() == PriorityLevel.NATIONAL)
            .map(Priority::countryCode).distinct().count());
        Map<Long, Set<String>> sharing = new HashMap<>();
        links.forEach((consolidated, nationals) -> {
            Set<String> countries = nationals.stream().map(byId::get).filter(Objects::nonNull)
                .map(Priority::countryCode).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
            sharing.computeIfAbsent(consolidated, k -> new HashSet<>()).addAll(countries);
            nationals.forEach(n -> sharing.computeIfAbsent(n, k -> new HashSet<>()).addAll(countries));
        });
        Map<Long, WeightFormula.Inputs> inputs = new HashMap<>();
        for (Priority p : submitted) {
            Set<String> countries = new HashSet<>(sharing.getOrDefault(p.id(), Set.of()));
            if (p.countryCode() != null) {
                countries.add(p.countryCode());
            }
            inputs.put(p.id(), new WeightFormula.Inputs(p.level(), p.rank(), Math.max(1, countries.size()), submitting));
        }
        return inputs;
    }

    private ReviewCycle underConsolidation(long cycleId) {
        cycles.lock(cycleId);
        ReviewCycle cycle = cycles.get(cycleId);
        if (cycle.status() != CycleStatus.CONSOLIDATION) {
            throw new Conflict(new FieldError("", "conflict.cycle.notConsolidating", cycle.title(),
                FieldError.words("enum.CycleStatus." + cycle.status())));
        }
        return cycle;
    }
}
