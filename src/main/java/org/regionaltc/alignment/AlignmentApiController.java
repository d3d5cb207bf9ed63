package org.regionaltc.alignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alignment and coverage", description = "The portfolio's alignment with the current cycle's priorities, coverage, gaps, off-programme projects")
class AlignmentApiController {

    private final Alignment alignment;
    private final Coverage coverage;
    private final ProjectCatalog projects;
    private final AlignmentWords words;

    AlignmentApiController(Alignment alignment, Coverage coverage, ProjectCatalog projects, AlignmentWords words) {
        this.alignment = alignment;
        this.words = words;
        this.coverage = coverage;
        this.projects = projects;
    }

    @GetMapping("/api/projects/{id}/alignment")
    @Operation(summary = "The project's alignment score, 0–100, with each component explained")
    AlignmentWords.Worded ofProject(@PathVariable long id) {
        projects.getVisible(id);
        return words.worded(alignment.ofProject(id));
    }

    @GetMapping("/api/portfolio/alignment")
    @Operation(summary = "The portfolio's alignment score: the budget-weighted mean of its projects' scores, over the projects the caller may see (over: ALL, PUBLISHED, or PUBLISHED_AND_OWN for a focal point)")
    Alignment.Portfolio portfolio() {
        return alignment.portfolio(ProjectVisibility.current());
    }

    @GetMapping("/api/coverage/priorities")
    @Operation(summary = "Each priority of the current cycle with the number of projects and the budget serving it")
    List<Coverage.PriorityCoverage> priorities(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping, @RequestParam(required = false) @Nullable String theme) {
        return coverage.priorities(CoverageController.filter(country, grouping, theme));
    }

    @GetMapping("/api/coverage/matrix")
    @Operation(summary = "The priority × project matrix")
    Coverage.Matrix matrix(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping, @RequestParam(required = false) @Nullable String theme) {
        return coverage.matrix(CoverageController.filter(country, grouping, theme));
    }

    @GetMapping("/api/coverage/gaps")
    @Operation(summary = "High-weight priorities with no or little project budget")
    List<Coverage.PriorityCoverage> gaps(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping, @RequestParam(required = false) @Nullable String theme) {
        return coverage.gaps(CoverageController.filter(country, grouping, theme));
    }

    @GetMapping("/api/coverage/off-programme")
    @Operation(summary = "Projects that serve no priority of the current cycle")
    List<Coverage.OffProgramme> offProgramme(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping, @RequestParam(required = false) @Nullable String theme) {
        return coverage.offProgramme(CoverageController.filter(country, grouping, theme));
    }
}
