package org.regionaltc.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 200;

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(required = false) AuditEntry.@Nullable Action action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
        AuditEntries.Filter filter = new AuditEntries.Filter(actor, entityType, entityId, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries.find(filter, PAGE_SIZE));
        model.addAttribute("entityTypes", entries.entityTypes());
        model.addAttribute("actions", AuditEntry.Action.values());
        model.addAttribute("pageSize", PAGE_SIZE);
        return htmx ? "audit/list :: rows" : "audit/list";
    }
}
