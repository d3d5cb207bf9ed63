package org.regionaltc.project;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Country;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.ListPage;
import org.regionaltc.system.RejectedForm;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProjectController {

    /** What a focal point or officer types to record an endorsement or UNIDO's approval. */
    record Decision(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, @Nullable String reference) {
    }

    private final Projects projects;
    private final ProjectSummaries summaries;
    private final ProjectLifecycle lifecycle;
    private final List<ProjectPageParts> parts;
    private final CurrentCycle currentCycle;
    private final Countries countries;
    private final ThematicAreas themes;
    private final MessageSource messages;
    private final Codelists codelists;

    ProjectController(Projects projects, ProjectSummaries summaries, ProjectLifecycle lifecycle,
            List<ProjectPageParts> parts, CurrentCycle currentCycle, Countries countries, ThematicAreas themes,
            MessageSource messages, Codelists codelists) {
        this.messages = messages;
        this.codelists = codelists;
        this.projects = projects;
        this.summaries = summaries;
        this.lifecycle = lifecycle;
        this.parts = parts;
        this.currentCycle = currentCycle;
        this.countries = countries;
        this.themes = themes;
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable ProjectStatus status,
            @RequestParam(required = false) @Nullable ProjectScope scope,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        ProjectSummaries.Filter filter = new ProjectSummaries.Filter(country, theme, status, scope, q);
        SignedInUser viewer = SignedInUser.current().orElse(null);
        ListPage slice = ListPage.of(page, summaries.count(filter, viewer));
        List<ProjectSummaries.ProjectSummary> found = summaries.find(filter, viewer, slice.size(), slice.offset());
        model.addAttribute("filter", filter);
        model.addAttribute("projects", found);
        model.addAttribute("slice", slice);
        parts.forEach(part -> part.addToList(model));
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("themes", themes.findAll());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("scopes", ProjectScope.values());
        model.addAttribute("showsSampleData", found.stream().anyMatch(ProjectSummaries.ProjectSummary::isSample));
        return htmx ? "project/list :: rows" : "project/list";
    }

    @GetMapping("/projects/{id}")
    String show(@PathVariable long id, Model model) {
        TcProject project = ProjectAccess.visible(projects.get(id));
        model.addAttribute("project", project);
        parts.forEach(part -> part.addToPage(id, model));
        model.addAttribute("allowed", lifecycle.allowed(project));
        model.addAttribute("forward", lifecycle.forward(project));
        model.addAttribute("cyclePriorities", currentCycle.priorities());
        model.addAttribute("cycleTitle", currentCycle.title().orElse(null));
        model.addAttribute("countryNames", countries.findAll());
        model.addAttribute("showsSampleData", project.isSample());
        model.addAttribute("today", LocalDate.now());
        return "project/show";
    }

    @GetMapping("/projects/new")
    String newForm(Model model) {
        return form(model, ProjectForm.blank(), null);
    }

    @PostMapping("/projects")
    String create(@ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            long id = projects.create(form.toRequest(), false);
            return Confirmation.redirect(redirect, "/projects/" + id, "saved.project.created",
                projects.get(id).identifier());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            InputErrors.rejectInto(e, errors);
        }
        return form(model, form, null);
    }

    @GetMapping("/projects/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ProjectForm.of(projects.get(id)), id);
    }

    @PostMapping("/projects/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        TcProject project = projects.get(id);
        if (errors.hasErrors()) {
            return form(model, form, id);
        }
        try {
            projects.update(id, form.toRequest());
            return Confirmation.redirect(redirect, "/projects/" + id, "saved.project", project.identifier());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
            model.addAttribute("current", projects.get(id));
        }
        return form(model, form, id);
    }

    @PostMapping("/projects/{id}/status")
    String moveTo(@PathVariable long id, @RequestParam ProjectStatus status, RedirectAttributes redirect) {
        try {
            lifecycle.moveTo(id, status);
            return Confirmation.redirect(redirect, "/projects/" + id, "saved.project.status",
                projects.get(id).identifier(), Confirmation.text("enum.ProjectStatus." + status));
        } catch (Conflict e) {
            redirect.addFlashAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/endorsements/{code}")
    String endorse(@PathVariable long id, @PathVariable String code, @ModelAttribute Decision decision,
            BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
        if (SignedInUser.current().filter(u -> u.canActFor(code.toUpperCase(java.util.Locale.ROOT))).isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("not a focal point of " + code);
        }
        if (errors.hasErrors()) {
            return refused(id, errors, request, redirect);
        }
        try {
            lifecycle.endorse(id, code, required(decision.date()), decision.reference() == null ? "" : decision.reference());
            return Confirmation.redirect(redirect, "/projects/" + id, "saved.project.endorsed",
                projects.get(id).identifier(), countries.get(code.toUpperCase(java.util.Locale.ROOT)).name().in(LocaleContextHolder.getLocale()));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/approval")
    String approve(@PathVariable long id, @ModelAttribute Decision decision, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return refused(id, errors, request, redirect);
        }
        try {
            lifecycle.approveForUnido(id, required(decision.date()), decision.reference() == null ? "" : decision.reference());
            return Confirmation.redirect(redirect, "/projects/" + id, "saved.project.approved",
                projects.get(id).identifier());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/projects/" + id;
    }

    /**
     * Each priority's radio group {@code link-<id>} says none, STRONG or PARTIAL; the older {@code strong} and
     * {@code partial} lists are still read, and a priority named in both is refused rather than silently made strong.
     */
    @PostMapping("/projects/{id}/priorities")
    String linkPriorities(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes redirect) {
        List<TcProject.PriorityLink> links = new ArrayList<>();
        params.getOrDefault("strong", List.of()).forEach(p -> links.add(link(p, "STRONG")));
        params.getOrDefault("partial", List.of()).forEach(p -> links.add(link(p, "PARTIAL")));
        params.forEach((name, values) -> {
            if (name.startsWith("link-")) {
                values.stream().filter(v -> !v.isBlank()).forEach(v -> links.add(link(name.substring(5), v)));
            }
        });
        if (links.stream().map(TcProject.PriorityLink::priorityId).distinct().count() < links.size()) {
            redirect.addFlashAttribute("problem", messages.getMessage("project.linkBothStrengths", null,
                LocaleContextHolder.getLocale()));
            return "redirect:/projects/" + id;
        }
        try {
            lifecycle.linkPriorities(id, links);
            return Confirmation.redirect(redirect, "/projects/" + id, "saved.project.priorities",
                projects.get(id).identifier());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/projects/" + id;
    }

    private static TcProject.PriorityLink link(String priorityId, String strength) {
        try {
            return new TcProject.PriorityLink(Long.parseLong(priorityId.strip()),
                TcProject.Strength.valueOf(strength.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("strength", "error.project.strengthOf", priorityId, strength);
        }
    }

    /** A decision whose date is not one: said at the top of the project's page, in the page's language. */
    private static String refused(long id, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", RejectedForm.of("decision", request, errors).errors().entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue()).collect(java.util.stream.Collectors.joining("; ")));
        return "redirect:/projects/" + id;
    }

    private static LocalDate required(@Nullable LocalDate date) {
        if (date == null) {
            throw new InvalidInput("date", "error.date.required");
        }
        return date;
    }

    private String form(Model model, ProjectForm form, @Nullable Long id) {
        model.addAttribute("form", form);
        model.addAttribute("projectId", id);
        model.addAttribute("scopes", ProjectScope.values());
        model.addAttribute("themes", themes.findAll());
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.text.Collator byName = java.text.Collator.getInstance(locale);
        model.addAttribute("countryList", countries.findAll().stream()
            .sorted(java.util.Comparator.comparing((Country c) -> c.nameIn(locale), byName)).toList());
        List<Codelists.Item> sectors = codelists.items("Sector", null).stream().filter(Codelists.Item::active).toList();
        model.addAttribute("sectorList", sectors);
        model.addAttribute("sectorNames", sectors.stream()
            .collect(java.util.stream.Collectors.toMap(Codelists.Item::code, i -> i.nameIn(locale))));
        return "project/form";
    }
}
