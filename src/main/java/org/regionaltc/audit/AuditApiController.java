package org.regionaltc.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Audit trail", description = "Who changed what and when; OFFICER and ADMIN only, read-only")
class AuditApiController {

    private final AuditEntries entries;

    AuditApiController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Audit entries, newest first, filtered by actor, entity, action and date range")
    List<AuditEntry> list(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) AuditEntry.@Nullable Action action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit) {
        return entries.find(new AuditEntries.Filter(actor, entityType, entityId, action, from, to), limit);
    }
}
