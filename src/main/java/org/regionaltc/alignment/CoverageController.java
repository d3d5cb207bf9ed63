package org.regionaltc.alignment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.project.ProjectTitles;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Groupings;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.regionaltc.system.Text;

@Controller
class CoverageController {

    /** More columns than this make the page unreadable; the CSV export has them all. */
    private static final int MATRIX_COLUMNS = 60;

    private final Coverage coverage;
    private final Alignment alignment;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final ProjectTitles titles;

    CoverageController(Coverage coverage, Alignment alignment, CurrentCycle currentCycle, AlignmentSettings settings,
            Countries countries, Groupings groupings, ThematicAreas themes, ProjectTitles titles) {
        this.titles = titles;
        this.coverage = coverage;
        this.alignment = alignment;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
    }

    @GetMapping("/coverage")
    String show(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping,
            @RequestParam(required = false) @Nullable String theme,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        Coverage.Filter filter = filter(country, grouping, theme);
        model.addAttribute("filter", filter);
        model.addAttribute("cycle", currentCycle.title().orElse(null));
        // One list of priorities for the matrix, the gaps and their counts: each would otherwise compute it again.
        List<Coverage.PriorityCoverage> priorities = coverage.priorities(filter);
        Coverage.Matrix matrix = coverage.matrix(filter, priorities);
        Coverage.Matrix shown = matrix.limitedTo(MATRIX_COLUMNS);
        titles.remember(shown.projects().keySet());
        model.addAttribute("matrix", shown);
        model.addAttribute("matrixProjects", matrix.projects().size());
        List<Coverage.PriorityCoverage> gaps = coverage.gapsAmong(priorities);
        model.addAttribute("gaps", gaps);
        model.addAttribute("gapCounts", coverage.countsOf(gaps));
        model.addAttribute("offProgramme", coverage.offProgramme(filter));
        model.addAttribute("portfolio", alignment.portfolio(filter.visibility()));
        model.addAttribute("settings", settings);
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("groupings", groupings.findAll());
        model.addAttribute("themes", themes.findAll());
        return htmx ? "alignment/coverage :: results" : "alignment/coverage";
    }

    @GetMapping("/coverage/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String grouping,
            @RequestParam(required = false) @Nullable String theme) {
        Coverage.Filter filter = filter(country, grouping, theme);
        String csv = switch (table) {
            case "priorities" -> CoverageCsv.priorities(coverage.priorities(filter));
            case "gaps" -> CoverageCsv.priorities(coverage.gaps(filter));
            case "matrix" -> CoverageCsv.matrix(coverage.matrix(filter));
            case "off-programme" -> CoverageCsv.offProgramme(coverage.offProgramme(filter));
            default -> throw new NotFound("Coverage table", table);
        };
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coverage-" + table + ".csv\"")
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    static Coverage.Filter filter(@Nullable String country, @Nullable String grouping, @Nullable String theme) {
        return new Coverage.Filter(Text.codeOrNull(country), Text.codeOrNull(grouping), Text.codeOrNull(theme),
            ProjectVisibility.current());
    }

}
