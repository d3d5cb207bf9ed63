package org.regionaltc.alliance;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Pages of the roster: the list, one expert, the form, erasure and export, and the ranking for a project. */
@Controller
class ExpertController {

    private final Experts experts;
    private final ExpertMatches matches;
    private final Countries countries;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final ProjectSummaries projects;
    private final JsonMapper json;

    ExpertController(Experts experts, ExpertMatches matches, Countries countries, ThematicAreas themes,
            Codelists codelists, ProjectSummaries projects, JsonMapper json) {
        this.experts = experts;
        this.matches = matches;
        this.countries = countries;
        this.themes = themes;
        this.codelists = codelists;
        this.projects = projects;
        this.json = json;
    }

    @GetMapping("/experts")
    String list(Model model) {
        List<Expert> all = experts.findAll();
        model.addAttribute("experts", all);
        model.addAttribute("personal", AllianceVisibility.secretariat());
        model.addAttribute("showsSampleData", all.stream().anyMatch(Expert::sample));
        return "alliance/experts";
    }

    @GetMapping("/experts/{expertId}")
    String show(@PathVariable long expertId, Model model) {
        Expert expert = experts.get(expertId);
        model.addAttribute("expert", expert);
        model.addAttribute("personal", AllianceVisibility.secretariat());
        model.addAttribute("showsSampleData", expert.sample());
        return "alliance/expert";
    }

    @GetMapping("/experts/{expertId}/export")
    ResponseEntity<String> export(@PathVariable long expertId) {
        Expert expert = experts.get(expertId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("expert-" + expertId + ".json").build().toString())
            .body(json.writeValueAsString(expert));
    }

    @PostMapping("/experts/{expertId}/erasure")
    String erase(@PathVariable long expertId, RedirectAttributes redirect) {
        experts.erase(expertId);
        return Confirmation.redirect(redirect, "/experts", "expert.erased", expertId);
    }

    @GetMapping("/experts/new")
    String newForm(Model model) {
        model.addAttribute("form", new ExpertForm(null, null, null, null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), null));
        return form(model);
    }

    @PostMapping("/experts")
    String create(@Valid @ModelAttribute("form") ExpertForm form, BindingResult errors, Model model,
            @RequestParam(required = false) String @Nullable [] periodStart,
            @RequestParam(required = false) String @Nullable [] periodEnd,
            @RequestParam(required = false) String @Nullable [] assignmentProject,
            @RequestParam(required = false) String @Nullable [] assignmentRole, RedirectAttributes redirect) {
        try {
            ExpertForm complete = withRows(form, periodStart, periodEnd, assignmentProject, assignmentRole);
            rows(model, complete.periods(), complete.pastAssignments());
            if (errors.hasErrors()) {
                return form(model);
            }
            Expert created = experts.create(complete, false);
            return Confirmation.redirect(redirect, "/experts/" + created.id(), "expert.saved", created.name());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return form(model);
        }
    }

    @GetMapping("/experts/{expertId}/edit")
    String editForm(@PathVariable long expertId, Model model) {
        Expert expert = experts.get(expertId);
        model.addAttribute("form", new ExpertForm(expert.name(), expert.email(), expert.phone(), expert.cv(),
            expert.themes(), expert.sectors(), expert.languages(), expert.countries(), expert.availability(),
            expert.assignments(), expert.version()));
        model.addAttribute("editing", expertId);
        rows(model, expert.availability(), expert.assignments());
        return form(model);
    }

    @PostMapping("/experts/{expertId}")
    String update(@PathVariable long expertId, @Valid @ModelAttribute("form") ExpertForm form, BindingResult errors,
            Model model, @RequestParam(required = false) String @Nullable [] periodStart,
            @RequestParam(required = false) String @Nullable [] periodEnd,
            @RequestParam(required = false) String @Nullable [] assignmentProject,
            @RequestParam(required = false) String @Nullable [] assignmentRole, RedirectAttributes redirect) {
        model.addAttribute("editing", expertId);
        try {
            ExpertForm complete = withRows(form, periodStart, periodEnd, assignmentProject, assignmentRole);
            rows(model, complete.periods(), complete.pastAssignments());
            if (errors.hasErrors()) {
                return form(model);
            }
            Expert updated = experts.update(expertId, complete);
            return Confirmation.redirect(redirect, "/experts/" + updated.id(), "expert.saved", updated.name());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            InputErrors.rejectInto(e, errors);
        }
        return form(model);
    }

    private static ExpertForm withRows(ExpertForm form, String @Nullable [] periodStart, String @Nullable [] periodEnd,
            String @Nullable [] assignmentProject, String @Nullable [] assignmentRole) {
        return ExpertRows.into(form, ExpertRows.periods(list(periodStart), list(periodEnd)),
            ExpertRows.assignments(list(assignmentProject), list(assignmentRole)));
    }

    /** The rows the page shows (the expert's own, or what was posted), before its empty ones. */
    private static void rows(Model model, List<Expert.Period> periods, List<Expert.Assignment> assignments) {
        model.addAttribute("periods", periods);
        model.addAttribute("assignments", assignments);
    }

    private static List<String> list(String @Nullable [] values) {
        return values == null ? List.of() : java.util.Arrays.asList(values);
    }

    @GetMapping("/experts/matches")
    String matches(@RequestParam(required = false) @Nullable Long project, Model model) {
        model.addAttribute("projects", projects.find(new ProjectSummaries.Filter(null, null, null, null, null),
            SignedInUser.current().orElse(null)));
        model.addAttribute("project", project);
        if (project != null) {
            model.addAttribute("matches", matches.forProject(project));
        }
        return "alliance/expert-matches";
    }

    private String form(Model model) {
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("themes", themes.findAll());
        model.addAttribute("sectors", codelists.items("Sector", null).stream().filter(Codelists.Item::active).toList());
        model.addAttribute("expertLanguages", List.of("en", "es", "fr", "pt", "nl"));
        model.addAttribute("emptyRows", ExpertRows.EMPTY_ROWS);
        model.addAttribute("periods", model.asMap().getOrDefault("periods", List.of()));
        model.addAttribute("assignments", model.asMap().getOrDefault("assignments", List.of()));
        model.addAttribute("projects", projects.find(new ProjectSummaries.Filter(null, null, null, null, null),
            SignedInUser.current().orElse(null)));
        return "alliance/expert-form";
    }
}
