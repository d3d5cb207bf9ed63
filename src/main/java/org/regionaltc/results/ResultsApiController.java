package org.regionaltc.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Results", description = "Outcomes, indicators, targets and actuals, and their roll-ups")
class ResultsApiController {

    record NewOutcome(@Nullable String title) {
    }

    record Created(long id) {
    }

    /** Targets and actuals by year, e.g. {"targets": {"2025": 40}, "actuals": {"2025": 31}}. */
    record Values(@Nullable Map<Integer, @Nullable BigDecimal> targets,
            @Nullable Map<Integer, @Nullable BigDecimal> actuals) {
    }

    private final Outcomes outcomes;
    private final Rollup rollup;
    private final ProjectCatalog projects;

    ResultsApiController(Outcomes outcomes, Rollup rollup, ProjectCatalog projects) {
        this.outcomes = outcomes;
        this.rollup = rollup;
        this.projects = projects;
    }

    @GetMapping("/api/projects/{id}/outcomes")
    @Operation(summary = "The project's outcomes and indicators with targets and actuals by year")
    List<Outcome> ofProject(@PathVariable long id) {
        projects.getVisible(id);
        return outcomes.ofProject(id);
    }

    @PostMapping("/api/projects/{id}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an outcome to a project")
    Created addOutcome(@PathVariable long id, @RequestBody NewOutcome outcome) {
        return new Created(outcomes.addOutcome(id, outcome.title() == null ? "" : outcome.title()));
    }

    @PostMapping("/api/projects/{id}/outcomes/{outcomeId}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an indicator (name, unit, baseline, source of verification) to an outcome")
    Created addIndicator(@PathVariable long id, @PathVariable long outcomeId, @RequestBody Outcomes.NewIndicator indicator) {
        if (indicator.name() == null || indicator.unit() == null) {
            throw new InvalidInput(indicator.name() == null ? "name" : "unit", "error.required");
        }
        return new Created(outcomes.addIndicator(id, outcomeId, indicator));
    }

    @PutMapping("/api/projects/{id}/indicators/{indicatorId}/values")
    @Operation(summary = "Set targets and actuals of an indicator by year")
    List<Outcome> setValues(@PathVariable long id, @PathVariable long indicatorId, @RequestBody Values values) {
        outcomes.setValues(id, indicatorId, values.targets() == null ? Map.of() : values.targets(),
            values.actuals() == null ? Map.of() : values.actuals());
        return outcomes.ofProject(id);
    }

    @GetMapping("/api/results/rollup")
    @Operation(summary = "Targets and actuals added up by theme or by country, per unit and year")
    List<Rollup.Row> rollup(@RequestParam(defaultValue = "theme") String by) {
        return switch (by) {
            case "theme" -> rollup.byTheme(ProjectVisibility.current());
            case "country" -> rollup.byCountry(ProjectVisibility.current());
            default -> throw new InvalidInput("by", "error.results.by");
        };
    }
}
