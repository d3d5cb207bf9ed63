package org.regionaltc.priority;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Groupings;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The programme framework, the review cycles, their comparison, consolidation, endorsement and CSV export. */
@Controller
class CycleController {

    private final ReviewCycles cycles;
    private final Priorities priorities;
    private final Endorsements endorsements;
    private final CycleWorkflow workflow;
    private final Consolidation consolidation;
    private final Comparisons comparisons;
    private final ProgrammeFramework framework;
    private final ThematicAreas themes;
    private final Groupings groupings;
    private final Countries countries;
    private final CycleImpacts impacts;
    private final MessageSource messages;

    CycleController(ReviewCycles cycles, Priorities priorities, Endorsements endorsements, CycleWorkflow workflow,
            Consolidation consolidation, Comparisons comparisons, ProgrammeFramework framework, ThematicAreas themes,
            Groupings groupings, Countries countries, CycleImpacts impacts, MessageSource messages) {
        this.messages = messages;
        this.impacts = impacts;
        this.cycles = cycles;
        this.priorities = priorities;
        this.endorsements = endorsements;
        this.workflow = workflow;
        this.consolidation = consolidation;
        this.comparisons = comparisons;
        this.framework = framework;
        this.themes = themes;
        this.groupings = groupings;
        this.countries = countries;
    }

    @GetMapping("/programme")
    String programme(Model model) {
        model.addAttribute("programmes", framework.programmes());
        model.addAttribute("periods", themes.periods());
        model.addAttribute("themes", themes.findAll());
        model.addAttribute("objectives", framework.objectives());
        return "priority/programme";
    }

    @GetMapping("/cycles")
    String list(Model model) {
        List<ReviewCycle> visible = comparisons.visibleCycles();
        model.addAttribute("cycles", visible);
        model.addAttribute("showsSampleData", visible.stream().anyMatch(ReviewCycle::sample));
        return "priority/cycles";
    }

    @GetMapping("/cycles/new")
    String newForm(Model model) {
        model.addAttribute("form", CycleForm.empty());
        return cycleForm(model);
    }

    @PostMapping("/cycles")
    String create(@Valid @ModelAttribute("form") CycleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return cycleForm(model);
        }
        try {
            ReviewCycle created = workflow.create(form);
            return Confirmation.redirect(redirect, "/cycles/" + created.id(), "saved.cycle.created", created.title());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return cycleForm(model);
        }
    }

    @GetMapping("/cycles/{cycleId}")
    String show(@PathVariable long cycleId, Model model) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        List<Priority> all = priorities.findByCycle(cycleId);
        Map<Long, List<Long>> links = priorities.linksOf(cycleId);
        List<Priority> shown = comparisons.visible(cycle, all);
        Map<Long, WeightFormula.Inputs> inputs = consolidation.weightInputs(all, links);
        model.addAttribute("cycle", cycle);
        model.addAttribute("priorities", shown);
        model.addAttribute("links", links);
        model.addAttribute("explanations", inputs.entrySet().stream().collect(java.util.stream.Collectors.toMap(
            Map.Entry::getKey, e -> consolidation.formula().explanation(e.getValue()))));
        model.addAttribute("endorsement", endorsements.findByCycle(cycleId).orElse(null));
        model.addAttribute("previous", cycle.previousCycleId() == null ? null
            : cycles.findById(cycle.previousCycleId()).filter(c -> Visibility.canSee(SignedInUser.current(), c)).orElse(null));
        model.addAttribute("myCountries", SignedInUser.current().map(u -> u.isSecretariat()
            ? countries.findAll().stream().map(c -> c.code()).toList() : List.copyOf(u.countries())).orElse(List.of()));
        if (!model.containsAttribute("endorsementForm")) {
            model.addAttribute("endorsementForm", new EndorsementForm(null, null, null, null, cycle.version()));
        }
        model.addAttribute("showsSampleData", cycle.sample() || shown.stream().anyMatch(Priority::sample));
        model.addAttribute("relinkable", cycle.frozen() && SignedInUser.current().filter(SignedInUser::isSecretariat)
            .isPresent() && !impacts.relinking(cycleId).isEmpty());
        return "priority/cycle";
    }

    /** Without {@code confirm}, a step that cannot be undone (or leaves drafts unanswered) first shows its impact. */
    @PostMapping("/cycles/{cycleId}/status")
    String move(@PathVariable long cycleId, @RequestParam(required = false) @Nullable CycleStatus to,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
        if (!confirm && to != null && cycles.get(cycleId).status().canMoveTo(to) && to != CycleStatus.ENDORSED) {
            CycleImpact impact = impacts.of(cycleId, to);
            if (impact.needsConfirmation()) {
                Map<String, Object> fields = new java.util.LinkedHashMap<>();
                fields.put("to", to);
                fields.put("version", version == null ? "" : version);
                return confirmation(model, impact, "/cycles/" + cycleId + "/status", fields);
            }
        }
        try {
            ReviewCycle moved = workflow.move(cycleId, to, version);
            return Confirmation.redirect(redirect, "/cycles/" + cycleId, "saved.cycle.status", moved.title(),
                Confirmation.text("enum.CycleStatus." + moved.status()));
        } catch (Conflict | InvalidInput e) {
            redirect.addFlashAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/cycles/" + cycleId;
    }

    private String confirmation(Model model, CycleImpact impact, String action, Map<String, Object> fields) {
        model.addAttribute("impact", impact);
        model.addAttribute("action", action);
        model.addAttribute("fields", fields);
        model.addAttribute("showsSampleData", cycles.get(impact.cycleId()).sample());
        return "priority/confirm";
    }

    @GetMapping("/cycles/{cycleId}/consolidation")
    String consolidation(@PathVariable long cycleId, Model model) {
        ReviewCycle cycle = cycles.get(cycleId);
        List<Priority> all = priorities.findByCycle(cycleId);
        model.addAttribute("cycle", cycle);
        model.addAttribute("nationals", all.stream()
            .filter(p -> p.level() == PriorityLevel.NATIONAL && p.status() == PriorityStatus.SUBMITTED)
            .sorted(java.util.Comparator.comparing(Priority::thematicAreaCode).thenComparing(Priority::rank)).toList());
        model.addAttribute("consolidated", all.stream().filter(Priority::consolidated).toList());
        model.addAttribute("links", priorities.linksOf(cycleId));
        model.addAttribute("themes", themes.findAll());
        model.addAttribute("groupings", groupings.findAll());
        model.addAttribute("levels", List.of(PriorityLevel.SUB_REGIONAL, PriorityLevel.REGIONAL));
        model.addAttribute("showsSampleData", cycle.sample());
        if (!model.containsAttribute("consolidationForm")) {
            model.addAttribute("consolidationForm", new ConsolidationForm(PriorityLevel.SUB_REGIONAL, null, null, null,
                null, null, List.of()));
        }
        return "priority/consolidation";
    }

    /** Creates the consolidated priority, or shows the form again as typed with each error next to its field. */
    @PostMapping("/cycles/{cycleId}/consolidated")
    String consolidate(@PathVariable long cycleId, @ModelAttribute("consolidationForm") ConsolidationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Priority created = consolidation.consolidate(cycleId, form);
                return Confirmation.redirect(redirect, "/cycles/" + cycleId + "/consolidation", "saved.consolidated",
                    created.title());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                model.addAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
            }
        }
        return consolidation(cycleId, model);
    }

    @PostMapping("/cycles/{cycleId}/weights")
    String weights(@PathVariable long cycleId, RedirectAttributes redirect) {
        consolidation.computeWeights(cycleId);
        return Confirmation.redirect(redirect, "/cycles/" + cycleId, "saved.weights", cycles.get(cycleId).title());
    }

    /**
     * Records the endorsement once confirmed; without {@code confirm} it shows what the endorsement will change. Invalid
     * input shows the cycle again with the form as typed and each error next to its field.
     */
    @PostMapping("/cycles/{cycleId}/endorsement")
    String endorse(@PathVariable long cycleId, @ModelAttribute("endorsementForm") EndorsementForm form,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                workflow.check(form);
                if (!confirm) {
                    cycles.get(cycleId).status().checkMoveTo(CycleStatus.ENDORSED);
                    Map<String, Object> fields = new java.util.LinkedHashMap<>();
                    fields.put("meeting", form.meeting());
                    fields.put("endorsedOn", String.valueOf(form.endorsedOn()));
                    fields.put("decisionText", form.decisionText());
                    fields.put("documents", form.documents() == null ? "" : form.documents());
                    fields.put("version", form.version());
                    return confirmation(model, impacts.of(cycleId, CycleStatus.ENDORSED),
                        "/cycles/" + cycleId + "/endorsement", fields);
                }
                workflow.endorse(cycleId, form);
                String landing = impacts.relinking(cycleId).isEmpty() ? "/cycles/" + cycleId
                    : "/cycles/" + cycleId + "/relinking";
                return Confirmation.redirect(redirect, landing, "saved.endorsement", cycles.get(cycleId).title());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                // What was typed stays; the version becomes the one now saved, so the problem can be read first.
                model.addAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
                model.addAttribute("endorsementForm", new EndorsementForm(form.meeting(), form.endorsedOn(),
                    form.decisionText(), form.documents(), cycles.get(cycleId).version()));
            }
        }
        return show(cycleId, model);
    }

    /** After an endorsement: links from the priorities the cycle carried forward to their successors, all ticked. */
    @GetMapping("/cycles/{cycleId}/relinking")
    String relinking(@PathVariable long cycleId, Model model) {
        ReviewCycle cycle = cycles.get(cycleId);
        model.addAttribute("cycle", cycle);
        model.addAttribute("proposals", impacts.relinking(cycleId));
        model.addAttribute("showsSampleData", cycle.sample());
        return "priority/relinking";
    }

    @PostMapping("/cycles/{cycleId}/relinking")
    String relink(@PathVariable long cycleId, @RequestParam(name = "link", required = false) @Nullable List<String> chosen,
            RedirectAttributes redirect) {
        try {
            int linked = impacts.relink(cycleId, chosen == null ? List.of() : chosen);
            return Confirmation.redirect(redirect, "/cycles/" + cycleId, "priority.relink.done", linked);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/cycles/" + cycleId;
    }

    @GetMapping("/cycles/compare")
    String compare(@RequestParam(required = false) @Nullable Long from, @RequestParam(required = false) @Nullable Long to,
            Model model) {
        List<ReviewCycle> visible = comparisons.visibleCycles();
        model.addAttribute("cycles", visible);
        Long newer = to != null ? to : visible.isEmpty() ? null : visible.get(0).id();
        Long older = from != null ? from : defaultEarlier(visible, newer);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("sameCycle", older != null && older.equals(newer));
        if (older != null && newer != null && !older.equals(newer)) {
            var comparison = comparisons.compare(older, newer);
            model.addAttribute("comparison", comparison);
            Map<String, Object> views = new java.util.LinkedHashMap<>();
            views.put("byCountry", comparison.byCountry());
            views.put("byGrouping", comparison.byGrouping());
            views.put("byTheme", comparison.byTheme());
            model.addAttribute("views", views);
            model.addAttribute("showsSampleData", comparison.from().sample() || comparison.to().sample());
        }
        return "priority/compare";
    }

    @GetMapping("/cycles/{cycleId}/priorities.csv")
    ResponseEntity<byte[]> csv(@PathVariable long cycleId) {
        ReviewCycle cycle = Visibility.requireVisible(cycles.get(cycleId));
        String csv = PriorityCsv.write(cycle, comparisons.visible(cycle), priorities.linksOf(cycleId));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("priorities-cycle-" + cycleId + ".csv").build().toString())
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private String cycleForm(Model model) {
        model.addAttribute("periods", themes.periods());
        model.addAttribute("previousCycles", cycles.findAll().stream().filter(ReviewCycle::frozen).toList());
        return "priority/cycle-form";
    }

    /**
     * The cycle the later one was carried forward from, when the reader may see it; else the next older one; else any
     * other, so that the page never compares a cycle with itself unless asked to.
     */
    private static @Nullable Long defaultEarlier(List<ReviewCycle> visible, @Nullable Long later) {
        ReviewCycle newer = visible.stream().filter(c -> later != null && c.id() == later).findFirst().orElse(null);
        if (newer == null) {
            return null;
        }
        return visible.stream().filter(c -> newer.previousCycleId() != null && c.id() == newer.previousCycleId())
            .findFirst()
            .or(() -> visible.stream().filter(c -> c.periodStart().isBefore(newer.periodStart())).findFirst())
            .or(() -> visible.stream().filter(c -> c.id() != newer.id()).findFirst())
            .map(ReviewCycle::id).orElse(null);
    }
}
