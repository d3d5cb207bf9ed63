package org.regionaltc.priority;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Country;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A country's submissions to a review cycle, written by its focal points (and the secretariat). */
@Controller
class PriorityController {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final PrioritySubmissions submissions;
    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final Codelists codelists;

    PriorityController(ReviewCycles cycles, Priorities priorities, PrioritySubmissions submissions,
            Countries countries, Groupings groupings, ThematicAreas themes, Codelists codelists) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.submissions = submissions;
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
        this.codelists = codelists;
    }

    @GetMapping("/cycles/{cycleId}/countries/{code}")
    String list(@PathVariable long cycleId, @PathVariable String code, Model model) {
        Country country = countries.get(code);
        Visibility.requireActFor(country.code());
        ReviewCycle cycle = cycles.get(cycleId);
        List<Priority> own = priorities.findByCycle(cycleId).stream()
            .filter(p -> country.code().equals(p.ownerCountryCode()))
            .sorted(java.util.Comparator.comparing((Priority p) -> p.status() == PriorityStatus.DROPPED)
                .thenComparing(Priority::rank))
            .toList();
        model.addAttribute("cycle", cycle);
        model.addAttribute("country", country);
        model.addAttribute("priorities", own);
        model.addAttribute("writable", writable(cycleId, country.code()));
        model.addAttribute("showsSampleData", own.stream().anyMatch(Priority::sample));
        return "priority/country";
    }

    @GetMapping("/cycles/{cycleId}/countries/{code}/priorities/new")
    String newForm(@PathVariable long cycleId, @PathVariable String code, Model model) {
        Country country = countries.get(code);
        ReviewCycle cycle = submissions.checkWritable(cycleId, country.code());
        model.addAttribute("form", PriorityForm.empty());
        return form(model, cycle, country, null);
    }

    @PostMapping("/cycles/{cycleId}/countries/{code}/priorities")
    String create(@PathVariable long cycleId, @PathVariable String code,
            @Valid @ModelAttribute("form") PriorityForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Country country = countries.get(code);
        Visibility.requireActFor(country.code());
        ReviewCycle cycle = cycles.get(cycleId);
        if (errors.hasErrors()) {
            return form(model, cycle, country, null);
        }
        try {
            Priority submitted = submissions.submit(cycleId, country.code(), form);
            return Confirmation.redirect(redirect, "/cycles/" + cycleId + "/countries/" + country.code(),
                "saved.priority.submitted", String.valueOf(submitted.rank()), ownerName(submitted));
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model, cycle, country, null);
        }
    }

    @GetMapping("/priorities/{priorityId}/edit")
    String editForm(@PathVariable long priorityId, Model model) {
        Priority priority = submissions.editable(priorityId);
        model.addAttribute("form", PriorityForm.of(priority));
        return form(model, cycles.get(priority.cycleId()), owner(priority), priority);
    }

    @PostMapping("/priorities/{priorityId}")
    String update(@PathVariable long priorityId, @Valid @ModelAttribute("form") PriorityForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Priority priority = submissions.editable(priorityId);
        ReviewCycle cycle = cycles.get(priority.cycleId());
        if (errors.hasErrors()) {
            return form(model, cycle, owner(priority), priority);
        }
        Priority saved;
        try {
            saved = submissions.update(priorityId, form);
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model, cycle, owner(priority), priority);
        } catch (PriorityChanged e) {
            model.addAttribute("conflict", e.getMessage());
            model.addAttribute("current", e.current());
            model.addAttribute("form", form.withVersion(e.current().version()));
            return form(model, cycle, owner(priority), e.current());
        }
        return Confirmation.redirect(redirect, backTo(saved), "saved.priority", String.valueOf(saved.rank()),
            ownerName(saved));
    }

    @PostMapping("/priorities/{priorityId}/status")
    String changeStatus(@PathVariable long priorityId, @RequestParam(required = false) @Nullable PriorityStatus status,
            @RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
        Priority saved = submissions.changeStatus(priorityId, status, version);
        return Confirmation.redirect(redirect, backTo(saved), "saved.priority.status", String.valueOf(saved.rank()),
            ownerName(saved), Confirmation.text("enum.PriorityStatus." + saved.status()));
    }

    private static String backTo(Priority priority) {
        return priority.ownerCountryCode() == null ? "/cycles/" + priority.cycleId()
            : "/cycles/" + priority.cycleId() + "/countries/" + priority.ownerCountryCode();
    }

    /** The country a priority belongs to, in the page's language, or else its cycle's title. */
    private String ownerName(Priority priority) {
        Country owner = owner(priority);
        return owner != null ? owner.name().in(LocaleContextHolder.getLocale()) : cycles.get(priority.cycleId()).title();
    }

    private @Nullable Country owner(Priority priority) {
        return priority.ownerCountryCode() == null ? null : countries.get(priority.ownerCountryCode());
    }

    private boolean writable(long cycleId, String code) {
        try {
            submissions.checkWritable(cycleId, code);
            return true;
        } catch (Conflict e) {
            return false;
        }
    }

    private String form(Model model, ReviewCycle cycle, @Nullable Country country, @Nullable Priority priority) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("country", country);
        model.addAttribute("priority", priority);
        model.addAttribute("levels", PriorityLevel.values());
        model.addAttribute("statuses", PriorityStatus.values());
        model.addAttribute("themes", themes.findAll());
        model.addAttribute("groupings", country == null ? groupings.findAll() : groupings.ofCountry(country.code()));
        model.addAttribute("languages4", List.of("en", "es", "fr", "pt"));
        java.util.Locale locale = LocaleContextHolder.getLocale();
        List<Codelists.Item> sectors = codelists.items("Sector", null).stream().filter(Codelists.Item::active).toList();
        model.addAttribute("sectorList", sectors);
        model.addAttribute("sectorNames", sectors.stream()
            .collect(java.util.stream.Collectors.toMap(Codelists.Item::code, x -> x.nameIn(locale))));
        return "priority/form";
    }
}
