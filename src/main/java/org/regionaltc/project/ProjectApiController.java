package org.regionaltc.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects", description = "TC projects, their lifecycle, joint definition and the priorities they serve")
class ProjectApiController {

    record StatusChange(@Nullable ProjectStatus status) {
    }

    /** An endorsement by a country or UNIDO's approval: its date and the document that records it. */
    record Decision(@Nullable LocalDate date, @Nullable String reference) {
    }

    private final Projects projects;
    private final ProjectSummaries summaries;
    private final ProjectLifecycle lifecycle;

    ProjectApiController(Projects projects, ProjectSummaries summaries, ProjectLifecycle lifecycle) {
        this.projects = projects;
        this.summaries = summaries;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/api/projects")
    @Operation(summary = "Projects the caller may see (published ones for everyone), filtered")
    List<ProjectSummaries.ProjectSummary> list(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable ProjectStatus status,
            @RequestParam(required = false) @Nullable ProjectScope scope,
            @RequestParam(required = false) @Nullable String q) {
        return summaries.find(new ProjectSummaries.Filter(country, theme, status, scope, q),
            SignedInUser.current().orElse(null));
    }

    @GetMapping("/api/projects/{id}")
    @Operation(summary = "One project with its countries, sectors, themes, budget, endorsements and priority links")
    TcProject show(@PathVariable long id) {
        return ProjectAccess.visible(projects.get(id));
    }

    @PostMapping("/api/projects")
    @Operation(summary = "Create a project (in IDENTIFICATION); percentages of countries and of sectors must sum to 100")
    ResponseEntity<TcProject> create(@Valid @RequestBody ProjectRequest request) {
        long id = projects.create(request, false);
        return ResponseEntity.created(URI.create("/api/projects/" + id)).body(projects.get(id));
    }

    @PutMapping("/api/projects/{id}")
    @Operation(summary = "Change a project; send the version you read")
    TcProject update(@PathVariable long id, @Valid @RequestBody ProjectRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "error.version.send");
        }
        projects.update(id, request);
        return projects.get(id);
    }

    @PostMapping("/api/projects/{id}/status")
    @Operation(summary = "Move a project along UNIDO's project cycle; APPROVED needs every country's endorsement and UNIDO's approval")
    TcProject moveTo(@PathVariable long id, @RequestBody StatusChange change) {
        if (change.status() == null) {
            throw new InvalidInput("status", "error.project.status");
        }
        return lifecycle.moveTo(id, change.status());
    }

    @PutMapping("/api/projects/{id}/endorsements/{code}")
    @Operation(summary = "Record a recipient country's endorsement (its focal point, or the secretariat)")
    TcProject endorse(@PathVariable long id, @PathVariable String code, @RequestBody Decision decision) {
        if (SignedInUser.current().filter(u -> u.canActFor(code.toUpperCase(Locale.ROOT))).isEmpty()) {
            throw new AccessDeniedException("not a focal point of " + code);
        }
        return ProjectAccess.visible(
            lifecycle.endorse(id, code, date(decision), decision.reference() == null ? "" : decision.reference()));
    }

    @PostMapping("/api/projects/{id}/approval")
    @Operation(summary = "Record UNIDO's approval of the project")
    TcProject approve(@PathVariable long id, @RequestBody Decision decision) {
        return lifecycle.approveForUnido(id, date(decision), decision.reference() == null ? "" : decision.reference());
    }

    @PutMapping("/api/projects/{id}/priorities")
    @Operation(summary = "Replace the priorities of the current review cycle that the project serves")
    TcProject linkPriorities(@PathVariable long id, @RequestBody List<TcProject.PriorityLink> links) {
        if (links.stream().anyMatch(l -> l == null || l.strength() == null)) {
            throw new InvalidInput("strength", "error.project.strength");
        }
        return lifecycle.linkPriorities(id, links);
    }

    private static LocalDate date(Decision decision) {
        if (decision.date() == null) {
            throw new InvalidInput("date", "error.date.required");
        }
        return decision.date();
    }
}
