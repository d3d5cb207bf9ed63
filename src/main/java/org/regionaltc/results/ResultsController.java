package org.regionaltc.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ResultsController {

    record OutcomeForm(@Nullable String title) {
    }

    record IndicatorForm(@Nullable String name, @Nullable String unit, @Nullable BigDecimal baseline,
            @Nullable String sourceOfVerification) {
    }

    record ValueForm(@Nullable Integer year, @Nullable BigDecimal target, @Nullable BigDecimal actual) {
    }

    private final Outcomes outcomes;
    private final Rollup rollup;

    ResultsController(Outcomes outcomes, Rollup rollup) {
        this.outcomes = outcomes;
        this.rollup = rollup;
    }

    @GetMapping("/results")
    String rollup(Model model) {
        ProjectVisibility visibility = ProjectVisibility.current();
        model.addAttribute("byTheme", rollup.byTheme(visibility));
        model.addAttribute("byCountry", rollup.byCountry(visibility));
        model.addAttribute("over", visibility.scope().name());
        return "results/rollup";
    }

    @PostMapping("/projects/{id}/outcomes")
    String addOutcome(@PathVariable long id, @ModelAttribute OutcomeForm form, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> outcomes.addOutcome(id, form.title() == null ? "" : form.title()));
    }

    @PostMapping("/projects/{id}/outcomes/{outcomeId}/indicators")
    String addIndicator(@PathVariable long id, @PathVariable long outcomeId, @ModelAttribute IndicatorForm form,
            RedirectAttributes redirect) {
        return attempt(id, redirect, () -> outcomes.addIndicator(id, outcomeId, new Outcomes.NewIndicator(
            form.name() == null ? "" : form.name(), form.unit() == null ? "" : form.unit(), form.baseline(),
            form.sourceOfVerification())));
    }

    @PostMapping("/projects/{id}/indicators/{indicatorId}/values")
    String setValues(@PathVariable long id, @PathVariable long indicatorId, @ModelAttribute ValueForm form,
            RedirectAttributes redirect) {
        return attempt(id, redirect, () -> {
            if (form.year() == null) {
                throw new InvalidInput("year", "must be a year");
            }
            if (form.target() == null && form.actual() == null) {
                throw new InvalidInput("target", "enter a target, an actual, or both");
            }
            // Target and actual together or not at all.
            outcomes.setValues(id, indicatorId,
                form.target() == null ? java.util.Map.of() : java.util.Map.of(form.year(), form.target()),
                form.actual() == null ? java.util.Map.of() : java.util.Map.of(form.year(), form.actual()));
            return indicatorId;
        });
    }

    private static String attempt(long projectId, RedirectAttributes redirect, java.util.function.Supplier<Long> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", "results");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/projects/" + projectId + "#results";
    }
}
