package org.regionaltc.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a move of a cycle would change, for API clients that want to show it; the moves themselves take no
 * confirmation over the API, where a call is already deliberate.
 */
@RestController
@Tag(name = "Dialogue and priorities")
class CycleImpactApiController {

    private final CycleImpacts impacts;

    CycleImpactApiController(CycleImpacts impacts) {
        this.impacts = impacts;
    }

    @GetMapping("/api/cycles/{cycleId}/impact")
    @Operation(summary = "What moving the cycle to a status would change: projects whose priority links stop counting,"
        + " those that can be re-linked, countries with unanswered carried-forward drafts")
    CycleImpact impact(@PathVariable long cycleId, @RequestParam(required = false) @Nullable CycleStatus to) {
        if (to == null) {
            throw new InvalidInput("to", "error.cycle.status");
        }
        return impacts.of(cycleId, to);
    }
}
