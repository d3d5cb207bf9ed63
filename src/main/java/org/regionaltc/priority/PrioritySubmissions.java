package org.regionaltc.priority;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regionaltc.system.Text;
import org.jspecify.annotations.Nullable;
import org.regionaltc.audit.AuditTrail;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.InvalidInput.FieldError;
import org.regionaltc.system.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country's submissions to a review cycle: who may write them (the country's focal points and the secretariat),
 * when (while the cycle is open and before its deadline; the secretariat until the cycle is frozen), and what is valid.
 */
@Service
class PrioritySubmissions {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Codelists codelists;
    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final AuditTrail audit;
    private final Validator validator;

    PrioritySubmissions(ReviewCycles cycles, Priorities priorities, Codelists codelists, Countries countries,
            Groupings groupings, ThematicAreas themes, AuditTrail audit, Validator validator) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.codelists = codelists;
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
        this.audit = audit;
        this.validator = validator;
    }

    /** Refuses (403) unless the user acts for the country, then (409) unless the cycle takes changes now. */
    public ReviewCycle checkWritable(long cycleId, String countryCode) {
        Visibility.requireActFor(countryCode);
        ReviewCycle cycle = cycles.get(cycleId);
        checkOpenFor(cycle, SignedInUser.current().orElseThrow());
        return cycle;
    }

    /** The priority, if the user may change it: its country's focal points, or the secretariat for any. */
    public Priority editable(long priorityId) {
        Priority priority = priorities.get(priorityId);
        String owner = priority.ownerCountryCode();
        if (owner == null) {
            if (SignedInUser.current().filter(SignedInUser::isSecretariat).isEmpty()) {
                throw new AccessDeniedException("consolidated priorities are the secretariat's");
            }
        } else {
            Visibility.requireActFor(owner);
        }
        return priority;
    }

    @Transactional
    public Priority submit(long cycleId, String countryCode, PriorityForm form) {
        cycles.lock(cycleId);
        ReviewCycle cycle = checkWritable(cycleId, countryCode);
        countries.get(countryCode);
        Priority draft = toPriority(0, cycle.id(), countryCode, form, null, 0);
        validate(form, draft, null);
        long id = priorities.insert(draft);
        Priority created = priorities.get(id);
        audit.created("Priority", id, created);
        return created;
    }

    @Transactional
    public Priority update(long priorityId, PriorityForm form) {
        return update(editable(priorityId), form);
    }

    private Priority update(Priority before, PriorityForm form) {
        long priorityId = before.id();
        cycles.lock(before.cycleId());
        ReviewCycle cycle = cycles.get(before.cycleId());
        checkOpenFor(cycle, SignedInUser.current().orElseThrow());
        String owner = before.ownerCountryCode();
        Priority wanted = toPriority(before.id(), before.cycleId(), owner, form, before.carriedFromId(),
            form.version() == null ? -1 : form.version());
        validate(form, wanted, before.id());
        if (form.version() == null) {
            throw new InvalidInput("version", "send the version you read");
        }
        if (!priorities.update(wanted)) {
            Priority current = priorities.get(priorityId);
            throw new PriorityChanged("Priority '" + current.title() + "' was changed by someone else since you opened "
                + "it (version " + form.version() + ", now " + current.version() + "). Saved now: "
                + differences(current, wanted) + ". Nothing of yours was saved: check and save again.", current);
        }
        Priority after = priorities.get(priorityId);
        audit.updated("Priority", priorityId, before, after);
        return after;
    }

    /** Confirm (SUBMITTED), return to DRAFT, or drop a priority; a carried-forward draft is confirmed this way. */
    @Transactional
    public Priority changeStatus(long priorityId, @Nullable PriorityStatus status, @Nullable Integer version) {
        Priority before = editable(priorityId);
        if (status == null || version == null) {
            throw new InvalidInput(List.of(new FieldError(status == null ? "status" : "version",
                status == null ? "must be one of DRAFT, SUBMITTED, DROPPED" : "send the version you read")));
        }
        return update(before, PriorityForm.of(before).withStatus(status, version));
    }

    private void checkOpenFor(ReviewCycle cycle, SignedInUser user) {
        if (cycle.frozen()) {
            throw new Conflict("Review cycle '" + cycle.title() + "' is " + cycle.status() + ": it is frozen and its "
                + "priorities no longer change; later changes go into a new cycle");
        }
        if (user.isSecretariat()) {
            return;
        }
        if (cycle.status() != CycleStatus.OPEN) {
            throw new Conflict("Review cycle '" + cycle.title() + "' is " + cycle.status()
                + ": countries submit and change priorities only while it is OPEN");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!cycle.acceptsSubmissionsOn(today)) {
            throw new Conflict("The submission deadline of review cycle '" + cycle.title() + "' was "
                + cycle.submissionDeadline() + ": submissions are closed; ask the secretariat");
        }
    }

    private Priority toPriority(long id, long cycleId, @Nullable String owner, PriorityForm form,
            @Nullable Long carriedFrom, int version) {
        PriorityLevel level = form.level() == null ? PriorityLevel.NATIONAL : form.level();
        return new Priority(id, cycleId, level, level == PriorityLevel.NATIONAL ? owner : null,
            level == PriorityLevel.SUB_REGIONAL ? Text.blankToNull(form.groupingCode()) : null, owner,
            Objects.requireNonNullElse(Text.blankToNull(form.thematicAreaCode()), ""),
            Text.blankToNull(form.subTheme()), Objects.requireNonNullElse(Text.blankToNull(form.title()), ""),
            Text.blankToNull(form.rationale()), Objects.requireNonNullElse(form.language(), "en"),
            form.rank() == null ? 0 : form.rank(), null,
            form.status() == null ? PriorityStatus.DRAFT : form.status(), carriedFrom, form.sectorCodes(),
            Text.blankToNull(form.planTitle()), Text.blankToNull(form.planUrl()), form.planYear(),
            Text.blankToNull(form.expectedOutcomes()), false, version);
    }

    private void validate(PriorityForm form, Priority p, @Nullable Long except) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<PriorityForm> v : validator.validate(form)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        if (!p.thematicAreaCode().isEmpty() && themes.findByCode(p.thematicAreaCode()).isEmpty()) {
            errors.add(new FieldError("thematicAreaCode", "unknown thematic area " + p.thematicAreaCode()));
        }
        if (p.level() == PriorityLevel.SUB_REGIONAL) {
            String grouping = p.groupingCode();
            if (grouping == null) {
                errors.add(new FieldError("groupingCode", "a sub-regional priority names its grouping"));
            } else if (groupings.findByCode(grouping).isEmpty()) {
                errors.add(new FieldError("groupingCode", "unknown grouping " + grouping));
            } else if (p.ownerCountryCode() != null && groupings.ofCountry(p.ownerCountryCode()).stream()
                    .noneMatch(g -> g.code().equals(grouping))) {
                errors.add(new FieldError("groupingCode", p.ownerCountryCode() + " is not a member of " + grouping));
            }
        }
        List<String> unknown = p.sectors().stream().filter(s -> !codelists.isActive("Sector", s)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("sectors", "unknown DAC sector code(s) " + String.join(", ", unknown)
                + ": use 5-digit codes of the IATI Sector codelist"));
        }
        if (p.rank() >= 1 && p.status() != PriorityStatus.DROPPED
                && priorities.rankTaken(p.cycleId(), p.ownerCountryCode(), p.level(), p.groupingCode(), p.rank(), except)) {
            errors.add(new FieldError("rank", "rank " + p.rank() + " is already held by another priority of "
                + (p.ownerCountryCode() == null ? p.scope() : p.ownerCountryCode()) + " in this cycle; ranks are unique"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static String differences(Priority saved, Priority yours) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("title", new Object[] {saved.title(), yours.title()});
        fields.put("rank", new Object[] {saved.rank(), yours.rank()});
        fields.put("status", new Object[] {saved.status(), yours.status()});
        fields.put("thematicAreaCode", new Object[] {saved.thematicAreaCode(), yours.thematicAreaCode()});
        fields.put("subTheme", new Object[] {saved.subTheme(), yours.subTheme()});
        fields.put("sectors", new Object[] {saved.sectors(), yours.sectors()});
        fields.put("rationale", new Object[] {saved.rationale(), yours.rationale()});
        fields.put("expectedOutcomes", new Object[] {saved.expectedOutcomes(), yours.expectedOutcomes()});
        List<String> diffs = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (!Objects.equals(values[0], values[1])) {
                diffs.add(name + " '" + values[0] + "' (yours: '" + values[1] + "')");
            }
        });
        return diffs.isEmpty() ? "the same values as yours" : String.join("; ", diffs);
    }
}
