package org.regionaltc.alliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Experts", description = "The roster of experts, matched to projects")
class ExpertApiController {

    private final Experts experts;
    private final ExpertMatches matches;

    ExpertApiController(Experts experts, ExpertMatches matches) {
        this.experts = experts;
        this.matches = matches;
    }

    @GetMapping("/api/experts")
    @Operation(summary = "The roster: the secretariat sees personal data, other signed-in users skills and experience only")
    List<?> list() {
        List<Expert> all = experts.findAll();
        return AllianceVisibility.secretariat() ? all : all.stream().map(Expert::profile).toList();
    }

    @GetMapping("/api/experts/{expertId}")
    @Operation(summary = "One expert (personal data for the secretariat only)")
    Object show(@PathVariable long expertId) {
        Expert expert = experts.get(expertId);
        return AllianceVisibility.secretariat() ? expert : expert.profile();
    }

    @GetMapping("/api/experts/{expertId}/export")
    @Operation(summary = "Everything recorded of an expert, for their access request (secretariat)")
    Expert export(@PathVariable long expertId) {
        return experts.get(expertId);
    }

    @PostMapping("/api/experts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an expert to the roster (secretariat)")
    Expert create(@Valid @RequestBody ExpertForm form) {
        return experts.create(form, false);
    }

    @PutMapping("/api/experts/{expertId}")
    @Operation(summary = "Change an expert (secretariat); send the version you read")
    Expert update(@PathVariable long expertId, @Valid @RequestBody ExpertForm form) {
        return experts.update(expertId, form);
    }

    @DeleteMapping("/api/experts/{expertId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase an expert on their request (secretariat): the audit trail keeps only the fact")
    void erase(@PathVariable long expertId) {
        experts.erase(expertId);
    }

    @GetMapping("/api/experts/matches")
    @Operation(summary = "The roster ranked for a project, with the reasons of each match (secretariat)")
    List<ExpertMatching.Match> matches(@RequestParam(required = false) @Nullable Long projectId) {
        if (projectId == null) {
            throw new InvalidInput("projectId", "expert.error.project");
        }
        return matches.forProject(projectId);
    }
}
