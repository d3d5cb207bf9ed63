package org.regionaltc.results;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.RejectedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The results roll-up, and the results forms of a project's page; a refused form goes back to that page as typed,
 * its errors next to its fields.
 */
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
    String addOutcome(@PathVariable long id, @ModelAttribute OutcomeForm form, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        String title = form.title() == null ? "" : form.title();
        return attempt(id, "outcome", errors, request, redirect, () -> outcomes.addOutcome(id, title),
            "saved.outcome", title);
    }

    @PostMapping("/projects/{id}/outcomes/{outcomeId}/indicators")
    String addIndicator(@PathVariable long id, @PathVariable long outcomeId, @ModelAttribute IndicatorForm form,
            BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
        String name = form.name() == null ? "" : form.name();
        return attempt(id, "indicator-" + outcomeId, errors, request, redirect,
            () -> outcomes.addIndicator(id, outcomeId, new Outcomes.NewIndicator(name,
                form.unit() == null ? "" : form.unit(), form.baseline(), form.sourceOfVerification())),
            "saved.indicator", name);
    }

    @PostMapping("/projects/{id}/indicators/{indicatorId}/values")
    String setValues(@PathVariable long id, @PathVariable long indicatorId, @ModelAttribute ValueForm form,
            BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
        String indicator = outcomes.ofProject(id).stream().flatMap(o -> o.indicators().stream())
            .filter(i -> i.id() == indicatorId).map(Outcome.Indicator::name).findFirst().orElse("");
        return attempt(id, "values-" + indicatorId, errors, request, redirect, () -> {
            if (form.year() == null) {
                throw new InvalidInput("year", "error.results.notAYear");
            }
            if (form.target() == null && form.actual() == null) {
                throw new InvalidInput("target", "error.results.value");
            }
            outcomes.setValues(id, indicatorId,
                form.target() == null ? Map.of() : Map.of(form.year(), form.target()),
                form.actual() == null ? Map.of() : Map.of(form.year(), form.actual()));
            return indicatorId;
        }, "saved.indicatorValues", indicator, String.valueOf(form.year()));
    }

    private static String attempt(long projectId, String formName, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect, Supplier<Long> change, String savedCode, Object... savedArgs) {
        String page = "/projects/" + projectId;
        if (errors.hasErrors()) {
            return RejectedForm.of(formName, request, errors).redirect(redirect, page + "#" + formName);
        }
        try {
            change.get();
        } catch (InvalidInput e) {
            return RejectedForm.of(formName, request, errors).with(e, request).redirect(redirect, page + "#" + formName);
        }
        return Confirmation.redirect(redirect, page + "#results", savedCode, savedArgs);
    }
}
